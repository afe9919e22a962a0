/**
 * The web tier's NSG rules, as a pure function so the exact rule set can be asserted in tests.
 * Least privilege: HTTP (and HTTPS with TLS) from the Internet, the load balancer's probe, SSH only
 * from the deploying agent's ranges (none at all in pull mode), and an explicit deny of everything else.
 */
import { isForbiddenSourceRange } from "./cidr";

export interface SecurityRule {
    readonly name: string;
    readonly priority: number;
    readonly direction: "Inbound" | "Outbound";
    readonly access: "Allow" | "Deny";
    readonly protocol: "Tcp" | "*";
    readonly sourceAddressPrefix?: string;
    readonly sourceAddressPrefixes?: string[];
    readonly sourcePortRange: "*";
    readonly destinationAddressPrefix: string;
    readonly destinationPortRange?: string;
    readonly destinationPortRanges?: string[];
    readonly description: string;
}

export interface WebRuleOptions {
    /** The web subnet: destination of every allow rule. */
    readonly subnetPrefix: string;
    /** Also allow 443 from the Internet. */
    readonly tls: boolean;
    /** Sources allowed on port 22; empty means no SSH rule. */
    readonly sshSourceRanges: readonly string[];
}

export function webSecurityRules(o: WebRuleOptions): SecurityRule[] {
    for (const r of o.sshSourceRanges) {
        if (isForbiddenSourceRange(r)) {
            throw new Error(`SSH source range '${r}' would open SSH to the Internet; refusing to build the NSG`);
        }
    }
    const rules: SecurityRule[] = [
        {
            name: "allow-http-from-internet",
            priority: 100,
            direction: "Inbound",
            access: "Allow",
            protocol: "Tcp",
            sourceAddressPrefix: "Internet",
            sourcePortRange: "*",
            destinationAddressPrefix: o.subnetPrefix,
            destinationPortRange: "80",
            description: "HTTP to Lighttpd (redirects to HTTPS when TLS is on)",
        },
    ];
    if (o.tls) {
        rules.push({
            name: "allow-https-from-internet",
            priority: 110,
            direction: "Inbound",
            access: "Allow",
            protocol: "Tcp",
            sourceAddressPrefix: "Internet",
            sourcePortRange: "*",
            destinationAddressPrefix: o.subnetPrefix,
            destinationPortRange: "443",
            description: "HTTPS to Lighttpd",
        });
    }
    rules.push({
        name: "allow-lb-health-probe",
        priority: 120,
        direction: "Inbound",
        access: "Allow",
        protocol: "Tcp",
        sourceAddressPrefix: "AzureLoadBalancer",
        sourcePortRange: "*",
        destinationAddressPrefix: o.subnetPrefix,
        destinationPortRange: "80",
        description: "Load balancer HTTP probe on /healthz",
    });
    if (o.sshSourceRanges.length > 0) {
        rules.push({
            name: "allow-ssh-from-deployers",
            priority: 130,
            direction: "Inbound",
            access: "Allow",
            protocol: "Tcp",
            sourceAddressPrefixes: [...o.sshSourceRanges],
            sourcePortRange: "*",
            destinationAddressPrefix: o.subnetPrefix,
            destinationPortRange: "22",
            description: "SSH for release pushes, from the deploying agent only",
        });
    }
    rules.push({
        name: "deny-all-other-inbound",
        priority: 4096,
        direction: "Inbound",
        access: "Deny",
        protocol: "*",
        sourceAddressPrefix: "*",
        sourcePortRange: "*",
        destinationAddressPrefix: "*",
        destinationPortRange: "*",
        description: "Everything not allowed above, including other VNet traffic",
    });
    return rules;
}
