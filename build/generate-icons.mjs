// Draws the app and tray icons as PNG files in build/ (committed; run again after changing a
// colour or shape: `npm run icons`). No image library: a tiny signed-distance rasteriser with
// 4×4 supersampling and a minimal PNG encoder (zlib from Node).
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1); each returns a signed distance (negative inside).
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - w / 2;
};
const roundedSquare = (inset, radius) => (x, y) => {
  const qx = Math.abs(x - 0.5) - (0.5 - inset - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - inset - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
};
const union = (...shapes) => (x, y) => Math.min(...shapes.map((shape) => shape(x, y)));

/** Layers painted in order: [shape, [r, g, b]]. */
function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour = null;
          for (const [shape, rgb] of layers) if (shape(x, y) <= 0) colour = rgb;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return encodePng(size, out);
}

const white = [255, 255, 255];

// The app icon: a teal tile with a white "M" (Mostrador) over a receipt's base line.
const appIcon = [
  [roundedSquare(0.04, 0.18), [11, 122, 117]],
  [
    union(
      segment(0.28, 0.7, 0.28, 0.3, 0.1),
      segment(0.28, 0.3, 0.5, 0.55, 0.1),
      segment(0.5, 0.55, 0.72, 0.3, 0.1),
      segment(0.72, 0.3, 0.72, 0.7, 0.1),
      segment(0.24, 0.82, 0.76, 0.82, 0.05),
    ),
    white,
  ],
];

// Tray: one coloured disc per state with a white glyph legible at 16 px.
const tray = {
  synced: [[46, 157, 79], union(segment(0.3, 0.52, 0.45, 0.67, 0.14), segment(0.45, 0.67, 0.72, 0.36, 0.14))],
  pending: [[214, 150, 0], union(segment(0.5, 0.5, 0.5, 0.27, 0.12), segment(0.5, 0.5, 0.68, 0.6, 0.12))],
  offline: [[110, 118, 129], union(segment(0.3, 0.3, 0.7, 0.7, 0.13), segment(0.7, 0.3, 0.3, 0.7, 0.13))],
  error: [[209, 36, 47], union(segment(0.5, 0.26, 0.5, 0.56, 0.14), circle(0.5, 0.74, 0.08))],
  demo: [[130, 80, 223], ring(0.5, 0.5, 0.18, 0.12)],
};

function write(path, bytes) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

write(join(here, 'icon.png'), render(512, appIcon));
for (const size of [16, 32, 48, 64, 128, 256, 512]) write(join(here, 'icons', `${size}x${size}.png`), render(size, appIcon));
for (const [name, [colour, glyph]] of Object.entries(tray)) {
  const layers = [
    [circle(0.5, 0.5, 0.47), colour],
    [glyph, white],
  ];
  write(join(here, 'tray', `${name}.png`), render(16, layers));
  write(join(here, 'tray', `${name}@2x.png`), render(32, layers));
}
console.log('Icons written to build/');
