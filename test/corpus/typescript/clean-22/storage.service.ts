// corpus: path=src/app/core/storage.service.ts
import { Injectable, inject } from '@angular/core'
import { HttpClient, HttpEventType, HttpParams } from '@angular/common/http'
import { DomSanitizer, type SafeUrl } from '@angular/platform-browser'
import { Observable, filter, map } from 'rxjs'
import { environment } from '../../environments/environment'

export interface StoredFile {
  id: string
  name: string
  size: number
  contentType: string
  createdAt: string
}

export interface UploadProgress {
  percent: number
  file?: StoredFile
}

@Injectable({ providedIn: 'root' })
export class StorageService {
  private readonly http = inject(HttpClient)
  private readonly sanitizer = inject(DomSanitizer)
  private readonly base = `${environment.apiUrl}/files`

  list(folder: string, page = 1): Observable<StoredFile[]> {
    const params = new HttpParams().set('folder', folder).set('page', page)
    return this.http.get<StoredFile[]>(this.base, { params })
  }

  upload(file: File, folder: string): Observable<UploadProgress> {
    const form = new FormData()
    form.append('file', file, file.name)
    form.append('folder', folder)
    return this.http.post<StoredFile>(this.base, form, { reportProgress: true, observe: 'events' }).pipe(
      filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
      map((e) => {
        if (e.type === HttpEventType.Response) return { percent: 100, file: e.body ?? undefined }
        const total = e.type === HttpEventType.UploadProgress ? e.total ?? file.size : file.size
        const loaded = e.type === HttpEventType.UploadProgress ? e.loaded : 0
        return { percent: Math.round((loaded / total) * 100) }
      }),
    )
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${encodeURIComponent(id)}`)
  }

  previewUrl(blob: Blob): SafeUrl {
    return this.sanitizer.bypassSecurityTrustUrl(URL.createObjectURL(blob))
  }

  download(id: string, name: string): void {
    this.http.get(`${this.base}/${encodeURIComponent(id)}/content`, { responseType: 'blob' }).subscribe((blob) => {
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = name
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
    })
  }
}
