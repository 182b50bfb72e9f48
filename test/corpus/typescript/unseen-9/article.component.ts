// corpus: path=src/app/articles/article.component.ts
import { Component, OnInit, inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import { HttpClient } from '@angular/common/http';
import { Observable, map, switchMap } from 'rxjs';

interface Article {
  id: string;
  title: string;
  html: string;
  videoId?: string;
}

@Component({
  selector: 'app-article',
  templateUrl: './article.component.html',
})
export class ArticleComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly http = inject(HttpClient);
  private readonly sanitizer = inject(DomSanitizer);

  article$!: Observable<Article>;
  summary: SafeHtml = '';
  embed?: SafeResourceUrl;

  ngOnInit(): void {
    this.article$ = this.route.paramMap.pipe(
      switchMap((params) => this.http.get<Article>(`/api/articles/${params.get('id')}`)),
      map((a) => ({ ...a, title: a.title.trim() })),
    );
    const q = this.route.snapshot.queryParamMap.get('q') ?? '';
    this.summary = this.sanitizer.bypassSecurityTrustHtml(`Results for <em>${q}</em>`); // expect: xss
    const video = this.route.snapshot.queryParamMap.get('v');
    if (video && /^[A-Za-z0-9_-]{11}$/.test(video)) {
      this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${video}`); // ok: xss
    }
  }

  back(): void {
    const from = this.route.snapshot.queryParamMap.get('from');
    void this.router.navigateByUrl(from && from.startsWith('/') && !from.startsWith('//') ? from : '/articles'); // ok: open-redirect
  }

  external(): void {
    const to = this.route.snapshot.queryParamMap.get('to') ?? '/';
    window.location.assign(to); // expect: open-redirect
  }
}
