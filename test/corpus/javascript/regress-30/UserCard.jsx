export function UserCard({ user }) {
  return (
    <div className="user-card">
      <h3>{user.name}</h3> {/* ok: xss */}
      <p className="bio">{user.bio}</p>
    </div>
  )
}
