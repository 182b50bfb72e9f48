// corpus: path=src/app/announcements/announcement.component.ts
import { Component, ElementRef, OnInit, ViewChild, inject } from '@angular/core'
import { ActivatedRoute } from '@angular/router'
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser'
import { HttpClient } from '@angular/common/http'
import { marked } from 'marked'
import DOMPurify from 'dompurify'

interface Announcement {
  id: number
  title: string
  markdown: string
  videoId?: string
}

@Component({
  selector: 'app-announcement',
  templateUrl: './announcement.component.html',
  styleUrls: ['./announcement.component.scss'],
})
export class AnnouncementComponent implements OnInit {
  @ViewChild('preview', { static: true }) preview!: ElementRef<HTMLDivElement>

  private readonly route = inject(ActivatedRoute)
  private readonly sanitizer = inject(DomSanitizer)
  private readonly http = inject(HttpClient)

  announcement?: Announcement
  body?: SafeHtml
  notice?: SafeHtml
  embed?: SafeResourceUrl
  loading = true

  ngOnInit(): void {
    const id = Number(this.route.snapshot.paramMap.get('id'))
    const notice = this.route.snapshot.queryParamMap.get('notice')
    if (notice) {
      this.notice = this.sanitizer.bypassSecurityTrustHtml(notice) // expect: xss
    }
    this.http.get<Announcement>(`/api/announcements/${id}`).subscribe((a) => {
      this.announcement = a
      const html = DOMPurify.sanitize(marked.parse(a.markdown, { async: false }) as string)
      this.body = this.sanitizer.bypassSecurityTrustHtml(html) // ok: xss
      if (a.videoId && /^[A-Za-z0-9_-]{11}$/.test(a.videoId)) {
        this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${a.videoId}`) // ok: xss
      }
      this.loading = false
    })
  }

  showExternal(): void {
    const src = this.route.snapshot.queryParamMap.get('src') ?? ''
    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(src) // expect: xss
  }

  previewShared(): void {
    const markdown = this.route.snapshot.queryParamMap.get('draft') ?? ''
    this.preview.nativeElement.innerHTML = marked.parse(markdown, { async: false }) as string // expect: xss
  }

  clearPreview(): void {
    this.preview.nativeElement.textContent = ''
  }
}
