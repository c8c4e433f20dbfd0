// Draws the app icons (no downloads, no image tools): two facing pages with lines of text on a
// dark blue field, the reader's side-by-side view. Writes static/icons/icon.svg and PNGs of
// 192 and 512 px (full-bleed, so they also serve as maskable icons). Run: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'static', 'icons');
const BG = [0x1f, 0x3a, 0x5f];
const PAGE = [0xf7, 0xf4, 0xec];
const INK = [0x8a, 0x9b, 0xb0];
const MARK = [0xe0, 0xa8, 0x2e];

// The design on a 64-unit grid: [x, y, w, h, colour].
const RECTS = [
  [9, 12, 21, 40, PAGE], [34, 12, 21, 40, PAGE],
  ...[0, 1, 2, 3, 4, 5].flatMap((i) => [[13, 18 + i * 5, i === 5 ? 9 : 13, 2, INK], [38, 18 + i * 5, i === 3 ? 8 : 13, 2, INK]]),
  [38, 28, 9, 2, MARK], [13, 23, 8, 2, MARK],
];

function svg() {
  const r = RECTS.map(([x, y, w, h, c]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#1f3a5f"/>${r}</svg>\n`;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const s = size / 64;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      let c = BG;
      for (const [rx, ry, rw, rh, col] of RECTS) {
        if (x >= rx * s && x < (rx + rw) * s && y >= ry * s && y < (ry + rh) * s) c = col;
      }
      row.set(c, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'icon.svg'), svg());
for (const size of [192, 512]) fs.writeFileSync(path.join(OUT, `icon-${size}.png`), png(size));
console.log(`icons written to ${OUT}`);
