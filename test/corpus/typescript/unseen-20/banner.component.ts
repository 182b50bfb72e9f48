// corpus: path=src/app/shared/banner.component.ts
import { Component, ElementRef, Input, OnInit, ViewChild, inject } from '@angular/core'
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser'
import { ActivatedRoute, Router } from '@angular/router'

@Component({
  selector: 'app-banner',
  template: `
    <div class="banner" [innerHTML]="message"></div>
    <div class="promo" [innerHTML]="promo"></div>
    <iframe *ngIf="embed" [src]="embed"></iframe>
    <div #legal></div>
  `,
})
export class BannerComponent implements OnInit {
  @Input() promoHtml = ''
  @ViewChild('legal', { static: true }) legal!: ElementRef<HTMLDivElement>

  message: SafeHtml = ''
  promo: SafeHtml = ''
  embed: SafeResourceUrl | null = null

  private readonly sanitizer = inject(DomSanitizer)
  private readonly route = inject(ActivatedRoute)
  private readonly router = inject(Router)

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap
    this.message = this.sanitizer.bypassSecurityTrustHtml(params.get('msg') ?? '') // expect: xss
    this.promo = this.sanitizer.bypassSecurityTrustHtml('<strong>Spring sale</strong> until Friday') // ok: xss
    const video = params.get('video')
    if (video) {
      this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(video) // expect: xss
    }
    const videoId = params.get('videoId')
    if (videoId && /^[A-Za-z0-9_-]{11}$/.test(videoId)) {
      this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${videoId}`) // ok: xss
    }
    this.legal.nativeElement.innerHTML = params.get('legal') ?? '' // expect: xss
    const next = params.get('next')
    if (next) void this.router.navigateByUrl(next)
  }
}
