// corpus: path=src/app/notice/notice.component.ts
import { Component, ElementRef, OnInit, ViewChild, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Component({
  selector: 'app-notice',
  template: `
    <div class="notice" [innerHTML]="message"></div>
    <div class="detail" [innerHTML]="trusted"></div>
    <p #footer></p>
  `,
})
export class NoticeComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly sanitizer = inject(DomSanitizer);
  @ViewChild('footer', { static: true }) footer!: ElementRef<HTMLParagraphElement>;
  message = '';
  trusted: SafeHtml = '';

  ngOnInit(): void {
    const text = this.route.snapshot.queryParamMap.get('notice') ?? '';
    this.message = text; // ok: xss
    this.trusted = this.sanitizer.bypassSecurityTrustHtml(this.route.snapshot.queryParamMap.get('detail') ?? ''); // expect: xss
    this.footer.nativeElement.innerHTML = `Shown for <b>${this.route.snapshot.queryParamMap.get('who')}</b>`; // expect: xss
    this.footer.nativeElement.textContent = text; // ok: xss
  }
}
