import "server-only";

/** FormData as a plain object: repeated keys (multi-select answers) become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    object[key] = values.length > 1 ? values : values[0];
  }
  return object;
}

/** The client address as the nearest proxy saw it; used only for rate limiting. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? headers.get("x-real-ip") ?? "unknown";
}
