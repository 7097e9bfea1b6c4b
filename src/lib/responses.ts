/** A build-time file response: pretty JSON, SVG or plain text with its content type. */
export const jsonResponse = (data: unknown, type = 'application/json') =>
  new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });

export const textResponse = (text: string, type: string) =>
  new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
