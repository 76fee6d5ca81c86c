/**
 * The class heat's picture for slides as a PNG (issue 16, "a PNG or SVG of the heat view"): the SVG
 * (heat-picture.ts) drawn on a canvas. The SVG is already a full-HD slide (1920 × 1080), what a
 * projector shows, so it is drawn at its own size: twice as large made a 4K file that took over a
 * second to encode in our tests, for no gain on the wall (the SVG scales for anything larger).
 * An SVG drawn through an image loads nothing from outside and uses the system's fonts, the same
 * the picture's text was measured in (heat-picture-wrap.ts), so the heat stays behind its words.
 */

/** `svgText` (with width and height set) as a PNG at `scale` times its size. */
export async function svgToPng(svgText: string, scale = 1): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
