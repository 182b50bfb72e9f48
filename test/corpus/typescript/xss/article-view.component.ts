// corpus: path=src/app/articles/article-view.component.ts
import { Component, Input, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import { ArticleService, Article } from '../article.service';

@Component({
  selector: 'app-article-view',
  template: `
    <article *ngIf="article">
      <h1>{{ article.title }}</h1>
      <div [innerHTML]="body"></div>
      <iframe *ngIf="embed" [src]="embed"></iframe>
    </article>
  `,
})
export class ArticleViewComponent implements OnInit {
  @Input() article?: Article;
  body: SafeHtml = '';
  embed?: SafeResourceUrl;

  constructor(
    private readonly route: ActivatedRoute,
    private readonly sanitizer: DomSanitizer,
    private readonly articles: ArticleService,
  ) {}

  ngOnInit(): void {
    const id = this.route.snapshot.paramMap.get('id')!;
    this.articles.get(id).subscribe((article) => {
      this.article = article;
      this.body = this.sanitizer.bypassSecurityTrustHtml(article.bodyHtml); // expect: xss
    });
    const video = this.route.snapshot.queryParamMap.get('video');
    if (video) {
      this.embed = this.sanitizer.bypassSecurityTrustResourceUrl(video); // expect: xss
    }
  }

  trustedFooter(): SafeHtml {
    return this.sanitizer.bypassSecurityTrustHtml('<small>&copy; Example Media</small>'); // ok: xss
  }
}
