// corpus: path=src/app/notices/notice.component.ts
import { Component, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import { HttpClient } from '@angular/common/http';
import { marked } from 'marked';
import DOMPurify from 'dompurify';

interface Notice {
  id: string;
  title: string;
  bodyMarkdown: string;
  videoId?: string;
}

@Component({
  selector: 'app-notice',
  template: `
    <h2>{{ notice?.title }}</h2>
    <div class="body" [innerHTML]="body"></div>
    <div class="flash" [innerHTML]="flash"></div>
    <iframe *ngIf="video" [src]="video" width="560" height="315"></iframe>
  `,
})
export class NoticeComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly http = inject(HttpClient);
  private readonly sanitizer = inject(DomSanitizer);

  notice?: Notice;
  body: SafeHtml = '';
  flash: SafeHtml = '';
  video?: SafeResourceUrl;

  ngOnInit(): void {
    const message = this.route.snapshot.queryParamMap.get('flash') ?? '';
    this.flash = this.sanitizer.bypassSecurityTrustHtml(`<strong>${message}</strong>`); // expect: xss

    const id = this.route.snapshot.paramMap.get('id')!;
    this.http.get<Notice>(`/api/notices/${encodeURIComponent(id)}`).subscribe((notice) => {
      this.notice = notice;
      const rendered = marked.parse(notice.bodyMarkdown, { async: false }) as string;
      this.body = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(rendered)); // ok: xss
      if (notice.videoId && /^[\w-]{11}$/.test(notice.videoId)) {
        this.video = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${notice.videoId}`); // ok: xss
      }
    });
  }

  preview(markdown: string): void {
    const el = document.getElementById('preview');
    if (el) el.innerHTML = marked.parse(markdown, { async: false }) as string; // expect: xss
  }

  openEmbed(): void {
    const src = this.route.snapshot.queryParamMap.get('embed');
    if (src) this.video = this.sanitizer.bypassSecurityTrustResourceUrl(src); // expect: xss
  }
}
