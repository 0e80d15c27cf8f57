import type { BuildOptions } from 'esbuild';

export declare const nodeBundle: BuildOptions;
export declare const preloadBundle: BuildOptions;
export declare const preloads: readonly string[];
export declare const localPages: readonly string[];
export declare const localPageBundle: BuildOptions;
