import { escapeHtml } from '../util/html'

export function UserCard({ user }) {
  return (
    <div className="user-card">
      <h3>{escapeHtml(user.name)}</h3>
      <p className="bio">{user.bio}</p>
    </div>
  )
}
