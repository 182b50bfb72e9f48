// corpus: path=src/app/account/change-password.component.ts
import { Component, inject, signal } from '@angular/core'
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms'
import { HttpClient, HttpErrorResponse } from '@angular/common/http'
import { NgIf } from '@angular/common'
import { Router } from '@angular/router'
import { finalize } from 'rxjs'

function passwordsMatch(group: AbstractControl): ValidationErrors | null {
  const password = group.get('newPassword')?.value
  const confirm = group.get('confirmPassword')?.value
  return password && confirm && password !== confirm ? { passwordMismatch: true } : null
}

@Component({
  selector: 'app-change-password',
  standalone: true,
  imports: [ReactiveFormsModule, NgIf],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <label for="current">Current password</label>
      <input id="current" type="password" formControlName="currentPassword" autocomplete="current-password" />

      <label for="new">New password</label>
      <input id="new" type="password" formControlName="newPassword" autocomplete="new-password" />
      <small *ngIf="form.get('newPassword')?.hasError('minlength')">Use at least 12 characters.</small>

      <label for="confirm">Confirm new password</label>
      <input id="confirm" type="password" formControlName="confirmPassword" autocomplete="new-password" />
      <small *ngIf="form.hasError('passwordMismatch')">The passwords do not match.</small>

      <p role="alert" *ngIf="error()">{{ error() }}</p>
      <button type="submit" [disabled]="form.invalid || saving()">Change password</button>
    </form>
  `,
})
export class ChangePasswordComponent {
  private readonly fb = inject(FormBuilder)
  private readonly http = inject(HttpClient)
  private readonly router = inject(Router)

  readonly saving = signal(false)
  readonly error = signal<string | null>(null)

  readonly form = this.fb.nonNullable.group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(12), Validators.maxLength(128)]],
      confirmPassword: ['', Validators.required],
    },
    { validators: passwordsMatch },
  )

  submit(): void {
    if (this.form.invalid) return
    const { currentPassword, newPassword } = this.form.getRawValue()
    this.saving.set(true)
    this.error.set(null)
    this.http
      .post<void>('/api/account/password', { currentPassword, newPassword })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: () => {
          this.form.reset()
          void this.router.navigate(['/account'], { queryParams: { passwordChanged: 1 } })
        },
        error: (err: HttpErrorResponse) => {
          this.error.set(err.status === 400 ? 'Current password is incorrect' : 'Something went wrong, please try again')
        },
      })
  }
}
