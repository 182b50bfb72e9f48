// corpus: path=src/components/SettingsForm.jsx
import { useCallback, useEffect, useMemo, useState } from 'react'
import PropTypes from 'prop-types'
import { updateSettings, fetchSettings } from '../api/settings'
import { Toggle } from './Toggle'
import { Spinner } from './Spinner'

const TIMEZONES = ['UTC', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Tokyo']

function validate(values) {
  const errors = {}
  if (!values.displayName.trim()) errors.displayName = 'Please enter a name'
  if (values.displayName.length > 60) errors.displayName = 'Names are limited to 60 characters'
  if (!TIMEZONES.includes(values.timezone)) errors.timezone = 'Pick a timezone from the list'
  return errors
}

export function SettingsForm({ userId, onSaved }) {
  const [values, setValues] = useState(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState(null)
  const errors = useMemo(() => (values ? validate(values) : {}), [values])

  useEffect(() => {
    let active = true
    fetchSettings(userId)
      .then((s) => active && setValues(s))
      .catch((e) => active && setError(e.message))
    return () => {
      active = false
    }
  }, [userId])

  const update = useCallback((field) => (event) => {
    const value = event.target.type === 'checkbox' ? event.target.checked : event.target.value
    setValues((prev) => ({ ...prev, [field]: value }))
  }, [])

  const submit = async (event) => {
    event.preventDefault()
    if (Object.keys(errors).length > 0) return
    setSaving(true)
    setError(null)
    try {
      const saved = await updateSettings(userId, values)
      onSaved?.(saved)
    } catch (e) {
      setError(e.message)
    } finally {
      setSaving(false)
    }
  }

  if (error && !values) return <p role="alert">Could not load settings: {error}</p>
  if (!values) return <Spinner label="Loading settings" />

  return (
    <form onSubmit={submit} className="settings-form" noValidate>
      <label htmlFor="displayName">Display name</label>
      <input id="displayName" value={values.displayName} onChange={update('displayName')} aria-invalid={Boolean(errors.displayName)} />
      {errors.displayName && <span className="field-error">{errors.displayName}</span>}

      <label htmlFor="timezone">Timezone</label>
      <select id="timezone" value={values.timezone} onChange={update('timezone')}>
        {TIMEZONES.map((tz) => (
          <option key={tz} value={tz}>
            {tz}
          </option>
        ))}
      </select>

      <Toggle id="weeklyDigest" checked={values.weeklyDigest} onChange={update('weeklyDigest')}>
        Send me a weekly digest
      </Toggle>

      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={saving || Object.keys(errors).length > 0}>
        {saving ? 'Saving…' : 'Save'}
      </button>
    </form>
  )
}

SettingsForm.propTypes = {
  userId: PropTypes.string.isRequired,
  onSaved: PropTypes.func,
}
