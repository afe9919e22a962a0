/** Small pieces shared by the command-line scripts (plan, policy, lab, demo, bench). */

/** Thrown by argument parsers; an empty message prints only the usage. */
export class UsageError extends Error {}

/** OPTION's value as an integer from min to max (decimal digits only), else a UsageError naming OPTION. */
export function intOption(option: string, value: string, min: number, max: number): number {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new UsageError(`${option} must be an integer from ${min} to ${max}; got '${value}'`);
    }
    return Number(value);
}

/**
 * Parses arguments; on a UsageError prints `<prog>: <reason>` and the usage to stderr and returns
 * undefined (the caller exits 2). Other errors propagate.
 */
export function parseOrUsage<T>(prog: string, usage: string, parse: () => T): T | undefined {
    try {
        return parse();
    } catch (e) {
        if (e instanceof UsageError) {
            if (e.message) process.stderr.write(`${prog}: ${e.message}\n`);
            process.stderr.write(`${usage}\n`);
            return undefined;
        }
        throw e;
    }
}

/**
 * Routes everything the program or the SDK would print to stdout (console.log, console.info,
 * process.stdout.write) to stderr, so that stdout carries only the script's result. Returns the
 * real stdout writer for that result.
 */
export function reserveStdout(): (text: string) => Promise<void> {
    const write = process.stdout.write.bind(process.stdout);
    console.log = console.error;
    console.info = console.error;
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
        (process.stderr.write as (...a: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
    return (text: string) => new Promise<void>((resolve) => write(text, () => resolve()));
}
