#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace taxbox {

/// A user's role in one enterprise. Enforced in core (EnterpriseStore, Session), not only in the UI.
enum class Role {
    Viewer, ///< reads everything, changes nothing
    Accountant, ///< records business data (invoices, payroll, filings)
    Admin, ///< also edits the profile, archives, grants and revokes access
};

enum class Permission {
    Read,
    Record, ///< create or change business records
    Administer, ///< profile, archive, access
};

[[nodiscard]] constexpr bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::Read:
        return true;
    case Permission::Record:
        return role == Role::Accountant || role == Role::Admin;
    case Permission::Administer:
        return role == Role::Admin;
    }
    return false;
}

[[nodiscard]] QString roleCode(Role role); ///< "viewer", "accountant", "admin"
[[nodiscard]] std::optional<Role> parseRole(const QString &code);

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    [[nodiscard]] static QString name(Role role); ///< 查看者 / 会计 / 管理员
    /// The error for an action the role may not take, e.g. "A viewer may not edit the enterprise profile."
    [[nodiscard]] static QString refusal(Role role, const QString &action);
};

} // namespace taxbox
