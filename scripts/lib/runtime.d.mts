import type { ChildProcess } from 'node:child_process';

export const ROOT_DIR: string;
export const DATA_DIR: string;
export function baseEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function startEmbeddedDb(options?: { data?: string; memory?: boolean; port?: number }): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }>;
export function stopChild(child: ChildProcess, signal?: NodeJS.Signals): Promise<void>;
export function waitForHttp(url: string, options?: { timeoutMs?: number; headers?: Record<string, string> }): Promise<number>;
