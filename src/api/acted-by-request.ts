/** Who made an administrative change through the API, for its audit entry. */
export const actedBy = (principal: { user: { id: number } } | null, ip: string | null) => ({
  userId: principal!.user.id,
  ip,
})
