import { ApiError, networkError, toProblem } from './api-error';
import { reportUnauthorized } from './api-client';
import { readToken } from './token-store';

/**
 * Where a long transfer is: sending (with the share of bytes sent), the server working (no
 * share to give: it is one request), receiving (share of bytes received when the size is known).
 */
export type TransferPhase = { kind: 'sending'; share: number } | { kind: 'working' } | { kind: 'receiving'; share: number | null };

const authorization = (): Record<string, string> => {
  const token = readToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
};

const failure = (status: number, statusText: string, raw: string): ApiError => {
  if (status === 401) reportUnauthorized();
  let body: unknown;
  try {
    body = raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  return new ApiError(toProblem(body, status, statusText));
};

/** POSTs JSON and reports its progress: fetch cannot tell how much of a request body has gone. */
export function postWithProgress<T>(path: string, body: unknown, onPhase: (phase: TransferPhase) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(authorization())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onPhase({ kind: 'sending', share: event.lengthComputable ? event.loaded / event.total : 0 });
    xhr.upload.onload = () => onPhase({ kind: 'working' });
    xhr.onprogress = (event) => onPhase({ kind: 'receiving', share: event.lengthComputable ? event.loaded / event.total : null });
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(failure(502, 'Bad Gateway', ''));
        }
        return;
      }
      reject(failure(xhr.status, xhr.statusText, xhr.responseText));
    };
    xhr.send(JSON.stringify(body));
  });
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/** The file name from `Content-Disposition` (RFC 6266 `filename*` first). */
function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/** GETs a file, reporting the server's work and then the bytes received. */
export async function downloadWithProgress(path: string, onPhase: (phase: TransferPhase) => void): Promise<DownloadedFile> {
  onPhase({ kind: 'working' });
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { headers: { Accept: '*/*', ...authorization() } });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw failure(response.status, response.statusText, await response.text());
  const total = Number(response.headers.get('Content-Length')) || null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onPhase({ kind: 'receiving', share: total ? received / total : null });
  }
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

/** Hands a downloaded file to the browser as a save. */
export function saveFile(file: DownloadedFile, fallbackName: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has started the save; revoking at once cancels it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
