/** Returns the URL pattern of a record page from its path for the id `{id}`: `/id/kegiatan/{id}/`. */
export function hrefPattern(path: string): string {
  return path.replace(encodeURIComponent("{id}"), "{id}");
}
