// corpus: path=src/app/reports/report-preview.component.ts
import { Component, ElementRef, OnInit, ViewChild, inject } from '@angular/core'
import { ActivatedRoute, Router } from '@angular/router'
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser'
import { HttpClient, HttpParams } from '@angular/common/http'
import { environment } from '../../environments/environment'

interface ReportSummary {
  id: string
  title: string
  bodyHtml: string
  chartUrl: string
}

@Component({
  selector: 'app-report-preview',
  template: `
    <h2>{{ report?.title }}</h2>
    <div class="body" [innerHTML]="body"></div>
    <div class="note" #note></div>
    <iframe *ngIf="chart" [src]="chart" title="chart"></iframe>
  `,
})
export class ReportPreviewComponent implements OnInit {
  private readonly route = inject(ActivatedRoute)
  private readonly router = inject(Router)
  private readonly http = inject(HttpClient)
  private readonly sanitizer = inject(DomSanitizer)

  @ViewChild('note', { static: true }) note!: ElementRef<HTMLDivElement>

  report: ReportSummary | null = null
  body: SafeHtml | string = ''
  chart: SafeResourceUrl | null = null

  ngOnInit(): void {
    const id = this.route.snapshot.paramMap.get('id') ?? ''
    const highlight = this.route.snapshot.queryParamMap.get('highlight') ?? ''
    const embed = this.route.snapshot.queryParamMap.get('embed')
    const params = new HttpParams().set('highlight', highlight)

    this.http.get<ReportSummary>(`${environment.apiUrl}/reports/${encodeURIComponent(id)}`, { params }).subscribe((r) => { // ok: ssrf
      this.report = r
      this.body = r.bodyHtml
      this.note.nativeElement.textContent = highlight ? `Highlighting “${highlight}”` : '' // ok: xss
    })

    const banner = this.route.snapshot.queryParamMap.get('banner')
    if (banner) {
      this.note.nativeElement.innerHTML = `<strong>${banner}</strong>` // expect: xss
    }

    if (embed) {
      this.chart = this.sanitizer.bypassSecurityTrustResourceUrl(embed) // expect: xss
    }
  }

  openExternal(): void {
    const target = this.route.snapshot.queryParamMap.get('redirect')
    if (target) {
      window.location.href = target // expect: open-redirect
    }
  }

  backToList(): void {
    const from = this.route.snapshot.queryParamMap.get('from') ?? ''
    void this.router.navigateByUrl(from.startsWith('/reports') ? from : '/reports') // ok: open-redirect
  }
}
