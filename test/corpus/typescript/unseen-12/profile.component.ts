// corpus: path=src/app/profile/profile.component.ts
import { Component, OnInit } from '@angular/core'
import { ActivatedRoute } from '@angular/router'
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser'
import { HttpClient } from '@angular/common/http'

interface Profile {
  name: string
  bioHtml: string
  website: string
}

@Component({
  selector: 'app-profile',
  template: `
    <h2>{{ profile?.name }}</h2>
    <div [innerHTML]="bio"></div>
    <iframe [src]="embed"></iframe>
  `,
})
export class ProfileComponent implements OnInit {
  profile?: Profile
  bio?: SafeHtml
  embed?: SafeResourceUrl

  constructor(private route: ActivatedRoute, private http: HttpClient, private sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    const id = this.route.snapshot.paramMap.get('id')
    this.http.get<Profile>(`/api/profiles/${id}`).subscribe((p) => {
      this.profile = p
      this.bio = this.sanitizer.bypassSecurityTrustHtml(p.bioHtml) // expect: xss
    })
    const video = this.route.snapshot.queryParamMap.get('video') ?? ''
    this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(video) // expect: xss
  }
}
