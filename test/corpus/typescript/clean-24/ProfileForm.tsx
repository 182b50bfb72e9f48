// corpus: path=src/components/settings/ProfileForm.tsx
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { api } from '../../lib/api'
import { Avatar } from '../Avatar'
import { Toast } from '../Toast'

const ProfileSchema = z.object({
  displayName: z.string().trim().min(1, 'Required').max(60),
  bio: z.string().trim().max(280, 'Keep it under 280 characters'),
  website: z
    .string()
    .trim()
    .refine((v) => v === '' || /^https?:\/\//.test(v), 'Must start with http:// or https://'),
  timezone: z.string(),
})

type Profile = z.infer<typeof ProfileSchema> & { avatarUrl: string | null; email: string }
type FieldErrors = Partial<Record<keyof z.infer<typeof ProfileSchema>, string>>

const MAX_AVATAR_BYTES = 2 * 1024 * 1024

export function ProfileForm() {
  const queryClient = useQueryClient()
  const formId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const { data: profile, isLoading } = useQuery({
    queryKey: ['profile'],
    queryFn: () => api.get<Profile>('/me/profile'),
  })

  const [draft, setDraft] = useState<z.infer<typeof ProfileSchema> | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [avatarPreview, setAvatarPreview] = useState<string | null>(null)
  const [toast, setToast] = useState<string | null>(null)

  useEffect(() => {
    if (profile && !draft) {
      setDraft({ displayName: profile.displayName, bio: profile.bio, website: profile.website, timezone: profile.timezone })
    }
  }, [profile, draft])

  useEffect(() => {
    return () => {
      if (avatarPreview) URL.revokeObjectURL(avatarPreview)
    }
  }, [avatarPreview])

  const timezones = useMemo(() => Intl.supportedValuesOf('timeZone'), [])

  const save = useMutation({
    mutationFn: (values: z.infer<typeof ProfileSchema>) => api.patch<Profile>('/me/profile', values),
    onSuccess: (updated) => {
      queryClient.setQueryData(['profile'], updated)
      setToast('Profile saved')
    },
    onError: () => setToast('Could not save your profile'),
  })

  const uploadAvatar = useMutation({
    mutationFn: async (file: File) => {
      const body = new FormData()
      body.append('avatar', file)
      return api.postForm<{ avatarUrl: string }>('/me/avatar', body)
    },
    onSuccess: ({ avatarUrl }) => {
      queryClient.setQueryData<Profile>(['profile'], (old) => (old ? { ...old, avatarUrl } : old))
      setToast('Avatar updated')
    },
    onError: () => setToast('Upload failed'),
  })

  if (isLoading || !profile || !draft) return <p aria-busy="true">Loading…</p>

  const update = (field: keyof typeof draft) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    setDraft({ ...draft, [field]: e.target.value })
    setErrors((prev) => ({ ...prev, [field]: undefined }))
  }

  const onAvatarChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    if (!file) return
    if (!file.type.startsWith('image/')) return setToast('Choose an image file')
    if (file.size > MAX_AVATAR_BYTES) return setToast('Images must be 2 MB or smaller')
    setAvatarPreview(URL.createObjectURL(file))
    uploadAvatar.mutate(file)
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = ProfileSchema.safeParse(draft)
    if (!parsed.success) {
      const next: FieldErrors = {}
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof FieldErrors] ??= issue.message
      setErrors(next)
      return
    }
    save.mutate(parsed.data)
  }

  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="profile-form">
      <div className="avatar-row">
        <Avatar src={avatarPreview ?? profile.avatarUrl} name={draft.displayName} size={64} />
        <button type="button" onClick={() => fileInput.current?.click()} disabled={uploadAvatar.isPending}>
          {uploadAvatar.isPending ? 'Uploading…' : 'Change avatar'}
        </button>
        <input ref={fileInput} type="file" accept="image/*" hidden onChange={onAvatarChange} />
      </div>

      <label htmlFor={`${formId}-name`}>Display name</label>
      <input id={`${formId}-name`} value={draft.displayName} onChange={update('displayName')} aria-invalid={!!errors.displayName} />
      {errors.displayName && <p className="field-error">{errors.displayName}</p>}

      <label htmlFor={`${formId}-bio`}>Bio</label>
      <textarea id={`${formId}-bio`} value={draft.bio} onChange={update('bio')} rows={3} />
      <small>{280 - draft.bio.length} characters left</small>
      {errors.bio && <p className="field-error">{errors.bio}</p>}

      <label htmlFor={`${formId}-web`}>Website</label>
      <input id={`${formId}-web`} type="url" value={draft.website} onChange={update('website')} placeholder="https://example.com" />
      {errors.website && <p className="field-error">{errors.website}</p>}
      {/^https?:\/\//.test(draft.website) && !errors.website ? (
        <a href={draft.website} target="_blank" rel="noopener noreferrer" className="preview-link">
          Preview link
        </a>
      ) : null}

      <label htmlFor={`${formId}-tz`}>Time zone</label>
      <select id={`${formId}-tz`} value={draft.timezone} onChange={update('timezone')}>
        {timezones.map((tz) => (
          <option key={tz} value={tz}>
            {tz.replace(/_/g, ' ')}
          </option>
        ))}
      </select>

      <p className="muted">Signed in as {profile.email}</p>
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save profile'}
      </button>
      {toast && <Toast message={toast} onDismiss={() => setToast(null)} />}
    </form>
  )
}
