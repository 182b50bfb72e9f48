// corpus: path=src/app/editor/preview/preview.component.ts
import { ChangeDetectionStrategy, Component, DestroyRef, Input, OnChanges, OnInit, inject, signal } from '@angular/core'
import { takeUntilDestroyed } from '@angular/core/rxjs-interop'
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser'
import { ActivatedRoute } from '@angular/router'
import { HttpClient } from '@angular/common/http'
import { NgIf } from '@angular/common'
import { map } from 'rxjs'

interface Snippet {
  id: string
  title: string
  html: string
  css: string
  demoUrl?: string
}

@Component({
  selector: 'app-preview',
  standalone: true,
  imports: [NgIf],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ snippet()?.title }}</h2>
    <div class="rendered" [innerHTML]="rendered()"></div>
    <div class="caption" [innerHTML]="caption"></div>
    <iframe *ngIf="demo()" [src]="demo()" sandbox="allow-scripts"></iframe>
    <a *ngIf="download()" [href]="download()">Download</a>
  `,
})
export class PreviewComponent implements OnInit, OnChanges {
  @Input() snippetId = ''
  @Input() caption = ''

  private readonly http = inject(HttpClient)
  private readonly sanitizer = inject(DomSanitizer)
  private readonly route = inject(ActivatedRoute)
  private readonly destroyRef = inject(DestroyRef)

  readonly snippet = signal<Snippet | null>(null)
  readonly rendered = signal<SafeHtml>('')
  readonly demo = signal<SafeResourceUrl | null>(null)
  readonly download = signal<SafeUrl | null>(null)

  ngOnInit(): void {
    this.route.queryParamMap
      .pipe(
        map((p) => p.get('embed')),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((embed) => {
        if (embed) this.demo.set(this.sanitizer.bypassSecurityTrustResourceUrl(embed)) // expect: xss
      })
  }

  ngOnChanges(): void {
    if (!this.snippetId) return
    this.http.get<Snippet>(`/api/snippets/${encodeURIComponent(this.snippetId)}`).subscribe((s) => {
      this.snippet.set(s)
      this.rendered.set(this.sanitizer.bypassSecurityTrustHtml(`<style>${s.css}</style>${s.html}`)) // expect: xss
      const blob = new Blob([s.html], { type: 'text/html' })
      this.download.set(this.sanitizer.bypassSecurityTrustUrl(URL.createObjectURL(blob))) // expect: xss
      if (s.demoUrl?.startsWith('https://codepen.io/')) {
        this.demo.set(this.sanitizer.bypassSecurityTrustResourceUrl(s.demoUrl)) // ok: xss
      }
    })
  }
}
