/** Longest side of a photo sent with an alert. */
export const MAX_PHOTO_SIDE = 1024;
/** The server accepts data URLs up to 1 500 000 characters; keep a margin. */
export const MAX_PHOTO_CHARS = 1_400_000;

/** Size that fits within max×max, keeping the aspect ratio and never enlarging. */
export function fitWithin(width: number, height: number, max = MAX_PHOTO_SIDE): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Downscales a photo on the device to a JPEG data URL of at most 1024 px per side. */
export async function downscalePhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    let { width, height } = fitWithin(bitmap.width, bitmap.height);
    for (let quality = 0.8; ; quality -= 0.15) {
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("canvas");
      ctx.drawImage(bitmap, 0, 0, width, height);
      const url = canvas.toDataURL("image/jpeg", Math.max(quality, 0.4));
      if (url.length <= MAX_PHOTO_CHARS) return url;
      if (quality <= 0.4) {
        width = Math.round(width * 0.75);
        height = Math.round(height * 0.75);
        quality = 0.95;
      }
    }
  } finally {
    bitmap.close();
  }
}
