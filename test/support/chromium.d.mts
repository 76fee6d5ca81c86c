/** Types of chromium.mjs (shared by web-test-runner's config and the end-to-end tests). */
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
