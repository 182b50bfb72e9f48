// corpus: path=src/app/invites/invite.component.ts
import { Component, OnInit, inject } from '@angular/core'
import { ActivatedRoute, Router } from '@angular/router'
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser'
import { HttpClient } from '@angular/common/http'

interface Invite {
  team: string
  inviter: string
  messageHtml: string
}

@Component({
  selector: 'app-invite',
  template: `
    <h2>Join {{ invite?.team }}</h2>
    <div [innerHTML]="message"></div>
    <div [innerHTML]="note"></div>
    <iframe *ngIf="video" [src]="video"></iframe>
    <button (click)="accept()">Accept</button>
  `,
})
export class InviteComponent implements OnInit {
  private readonly route = inject(ActivatedRoute)
  private readonly router = inject(Router)
  private readonly http = inject(HttpClient)
  private readonly sanitizer = inject(DomSanitizer)

  invite?: Invite
  message: SafeHtml = ''
  note: string = ''
  video?: SafeResourceUrl

  ngOnInit(): void {
    const token = this.route.snapshot.paramMap.get('token')
    this.http.get<Invite>(`/api/invites/${token}`).subscribe((invite) => {
      this.invite = invite
      this.note = invite.messageHtml // ok: xss
    })
    const intro = this.route.snapshot.queryParamMap.get('intro') ?? ''
    this.message = this.sanitizer.bypassSecurityTrustHtml(intro) // expect: xss
    const videoUrl = this.route.snapshot.queryParamMap.get('video')
    if (videoUrl) this.video = this.sanitizer.bypassSecurityTrustResourceUrl(videoUrl) // expect: xss
  }

  accept(): void {
    const token = this.route.snapshot.paramMap.get('token')
    this.http.post(`/api/invites/${token}/accept`, {}).subscribe(() => {
      const next = this.route.snapshot.queryParamMap.get('next') ?? '/teams'
      window.location.href = next // expect: open-redirect
    })
  }

  decline(): void {
    this.router.navigate(['/teams'], { queryParams: { declined: 1 } })
  }
}
