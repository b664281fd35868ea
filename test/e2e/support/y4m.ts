import { readFileSync, writeFileSync } from 'node:fs';

// A fake camera's video for Chromium (--use-file-for-fake-video-capture): a Y4M file, written here
// from a PPM picture (pdftoppm's default output) so the tests need no ffmpeg.

export interface Rgb {
  readonly width: number;
  readonly height: number;
  /** width × height × 3 bytes, row by row. */
  readonly pixels: Uint8Array;
}

/** Reads a binary PPM (P6, maxval 255), as pdftoppm writes it. */
export function readPpm(path: string): Rgb {
  const data = readFileSync(path);
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at] as number))) at++;
    if (data[at] === 0x23) { // a comment line
      while (data[at] !== 0x0a) at++;
      continue;
    }
    let field = '';
    while (!/\s/.test(String.fromCharCode(data[at] as number))) field += String.fromCharCode(data[at++] as number);
    fields.push(field);
  }
  at++; // the one whitespace byte before the pixels
  const [magic, w, h, max] = fields;
  if (magic !== 'P6' || max !== '255') throw new Error(`not a P6 PPM with maxval 255: ${fields.join(' ')}`);
  const width = Number(w);
  const height = Number(h);
  return { width, height, pixels: data.subarray(at, at + width * height * 3) };
}

/** The picture centred on a white frame of the given size (cropped if larger). */
export function onFrame(picture: Rgb, width: number, height: number): Rgb {
  const pixels = new Uint8Array(width * height * 3).fill(255);
  const dx = Math.floor((width - picture.width) / 2);
  const dy = Math.floor((height - picture.height) / 2);
  for (let y = 0; y < picture.height; y++) {
    const ty = y + dy;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < picture.width; x++) {
      const tx = x + dx;
      if (tx < 0 || tx >= width) continue;
      const from = (y * picture.width + x) * 3;
      pixels.set(picture.pixels.subarray(from, from + 3), (ty * width + tx) * 3);
    }
  }
  return { width, height, pixels };
}

/** Writes `frames` copies of the picture as 4:2:0 Y4M (BT.601 studio range, as cameras send). */
export function writeY4m(path: string, picture: Rgb, frames = 10, fps = 10): void {
  const { width, height, pixels } = picture;
  const cw = width / 2;
  const ch = height / 2;
  const y = new Uint8Array(width * height);
  const u = new Uint8Array(cw * ch);
  const v = new Uint8Array(cw * ch);
  const rgb = (px: number, py: number): [number, number, number] => {
    const i = (py * width + px) * 3;
    return [pixels[i] as number, pixels[i + 1] as number, pixels[i + 2] as number];
  };
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const [r, g, b] = rgb(px, py);
      y[py * width + px] = Math.round(16 + 0.257 * r + 0.504 * g + 0.098 * b);
    }
  }
  for (let py = 0; py < ch; py++) {
    for (let px = 0; px < cw; px++) {
      let r = 0, g = 0, b = 0;
      for (const [ox, oy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
        const [pr, pg, pb] = rgb(px * 2 + ox, py * 2 + oy);
        r += pr / 4; g += pg / 4; b += pb / 4;
      }
      u[py * cw + px] = Math.round(128 - 0.148 * r - 0.291 * g + 0.439 * b);
      v[py * cw + px] = Math.round(128 + 0.439 * r - 0.368 * g - 0.071 * b);
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
