// corpus: path=src/app/articles/article-viewer.component.ts
import { Component, ElementRef, OnInit, ViewChild } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import { ArticlesService } from '../services/articles.service';

@Component({
  selector: 'app-article-viewer',
  template: `
    <article [innerHTML]="body"></article>
    <iframe *ngIf="embed" [src]="embed" width="560" height="315"></iframe>
    <div #banner></div>
  `,
})
export class ArticleViewerComponent implements OnInit {
  @ViewChild('banner', { static: true }) banner!: ElementRef<HTMLDivElement>;
  body: SafeHtml = '';
  embed: SafeResourceUrl | null = null;

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer, private articles: ArticlesService) {}

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    const snippet = params.get('snippet') ?? '';
    this.body = this.sanitizer.bypassSecurityTrustHtml(`<blockquote>${snippet}</blockquote>`); // expect: xss

    const video = params.get('video');
    if (video) {
      this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(video); // expect: xss
    }

    const videoId = params.get('v');
    if (videoId && /^[A-Za-z0-9_-]{11}$/.test(videoId)) {
      this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${videoId}`); // ok: xss
    }

    const notice = this.route.snapshot.fragment ?? '';
    this.banner.nativeElement.innerHTML = decodeURIComponent(notice); // expect: xss
    this.banner.nativeElement.textContent = decodeURIComponent(notice); // ok: xss
  }

  showFooter(): void {
    this.body = this.sanitizer.bypassSecurityTrustHtml('<footer>&copy; Example Media</footer>'); // ok: xss
  }
}
