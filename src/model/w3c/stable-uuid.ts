/**
 * A UUID derived from a string, the same every time: an annotation imported from a tool whose ids
 * are not UUIDs (Hypothesis, Recogito) gets the same id on every import, so importing the same file
 * twice finds it "already here" instead of copying it. Formatted as an RFC 9562 version 8 UUID
 * (the version for custom, non-random UUIDs). Not cryptographic: it only has to be stable and
 * unlikely to collide among a library's annotations.
 */

/** The stable UUID of `name`, within `namespace` (so two tools' "1" differ). */
export function stableUuid(namespace: string, name: string): string {
  const input = `${namespace}\u0000${name}`;
  const words = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
  for (let i = 0; i < input.length; i += 1) {
    const unit = input.charCodeAt(i);
    for (let w = 0; w < 4; w += 1) {
      words[w] = Math.imul((words[w]! ^ unit) >>> 0, 0x01000193 + w * 0x9e37) >>> 0;
      words[w] = (words[w]! ^ (words[w]! >>> 15) ^ words[(w + 3) % 4]!) >>> 0;
    }
  }
  for (let round = 0; round < 4; round += 1) {
    for (let w = 0; w < 4; w += 1) {
      words[w] = Math.imul(words[w]! ^ (words[(w + 1) % 4]! >>> 13), 0x5bd1e995) >>> 0;
    }
  }
  const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Whether `value` is a UUID (any version) in its canonical text form. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
