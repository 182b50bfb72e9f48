// corpus: path=src/app/embed/embed.component.ts
import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';

const PLAYER_ORIGIN = 'https://player.example.com';

@Component({
  selector: 'app-embed',
  template: '<iframe [src]="frameUrl"></iframe><div [innerHTML]="caption"></div>',
})
export class EmbedComponent implements OnInit {
  frameUrl?: SafeResourceUrl;
  caption?: SafeHtml;

  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    const src = params.get('src') ?? '';
    const videoId = params.get('v') ?? '';
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(src); // expect: xss
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`${PLAYER_ORIGIN}/embed/${encodeURIComponent(videoId)}`); // ok: xss
    const caption = params.get('caption') ?? '';
    this.caption = this.sanitizer.bypassSecurityTrustHtml(`<em>${caption}</em>`); // expect: xss
    this.caption = this.sanitizer.bypassSecurityTrustHtml('<em>Featured</em>'); // ok: xss
  }
}
