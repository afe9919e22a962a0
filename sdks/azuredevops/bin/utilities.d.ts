export declare function getEnv(...vars: string[]): string | undefined;
export declare function getEnvBoolean(...vars: string[]): boolean | undefined;
export declare function getEnvNumber(...vars: string[]): number | undefined;
/**
 * The version of this package (its package.json sits next to bin/, where the compiled code runs). It is
 * also the version of the provider plugin the engine loads for resources and invokes of this package.
 */
export declare function getVersion(): string;
