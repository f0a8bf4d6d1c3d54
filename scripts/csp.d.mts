export declare const CSP_DIRECTIVES: Record<string, string[]>;
export declare const CSP_META: string;
export declare const CSP_HEADER: string;
