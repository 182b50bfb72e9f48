// corpus: path=src/media/image-tools.ts
import * as cp from 'child_process';
import { quote } from 'shell-quote';
import { $ } from 'zx';

export function optimise(file: string, quality: number): Buffer {
  return cp.execSync(`cwebp -q ${quality} ${file} -o -`); // expect: command-injection
}

export function optimiseQuoted(file: string, quality: number): Buffer {
  return cp.execSync(`cwebp -q ${Number(quality)} ${quote([file])} -o -`); // ok: command-injection
}

export async function exif(file: string): Promise<string> {
  const result = await $`exiftool -json ${file}`; // ok: command-injection
  return result.stdout;
}

export function resize(file: string, geometry: string): void {
  cp.execFileSync('convert', [file, '-resize', geometry, file]); // ok: command-injection
}

export function watermark(file: string, label: string): void {
  cp.execSync('convert ' + file + " -pointsize 24 -annotate +10+10 '" + label + "' " + file); // expect: command-injection
}
