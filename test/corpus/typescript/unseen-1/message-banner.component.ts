// corpus: path=src/app/shared/message-banner.component.ts
import { Component, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-message-banner',
  standalone: true,
  template: `<div class="banner" [innerHTML]="message"></div><iframe [src]="videoUrl"></iframe>`,
})
export class MessageBannerComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly sanitizer = inject(DomSanitizer);
  message: SafeHtml = '';
  videoUrl: SafeResourceUrl = '';

  ngOnInit(): void {
    const text = this.route.snapshot.queryParamMap.get('msg') ?? '';
    this.message = this.sanitizer.bypassSecurityTrustHtml(`<strong>${text}</strong>`); // expect: xss

    const videoId = this.route.snapshot.paramMap.get('videoId') ?? '';
    this.videoUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${encodeURIComponent(videoId)}`); // ok: xss

    this.route.queryParams.subscribe((params) => {
      const embed = params['embed'] as string;
      this.videoUrl = this.sanitizer.bypassSecurityTrustResourceUrl(embed); // expect: xss
    });
  }
}
