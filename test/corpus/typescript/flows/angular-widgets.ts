// corpus: path=src/app/widgets/embed.component.ts
import { AfterViewInit, Component, ElementRef, Input, ViewChild } from '@angular/core';
import { DomSanitizer, SafeUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-embed',
  template: `<div #host></div><a [href]="link">Open</a>`,
})
export class EmbedComponent implements AfterViewInit {
  @Input() snippet = '';
  @Input() url = '';
  @ViewChild('host') host!: ElementRef<HTMLDivElement>;
  link: SafeUrl = '';

  constructor(private readonly sanitizer: DomSanitizer) {}

  ngAfterViewInit(): void {
    this.host.nativeElement.innerHTML = this.snippet; // expect: xss
    this.link = this.sanitizer.bypassSecurityTrustUrl(this.url); // expect: xss
  }

  setScript(code: string) {
    return this.sanitizer.bypassSecurityTrustScript(code); // expect: xss
  }

  safeLink(): string {
    return this.url; // ok: xss
  }
}
