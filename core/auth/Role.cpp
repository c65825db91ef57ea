#include "Role.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Viewer:
        return u"viewer"_s;
    case Role::Accountant:
        return u"accountant"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> parseRole(const QString &code)
{
    for (Role role : {Role::Viewer, Role::Accountant, Role::Admin}) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString RoleNames::name(Role role)
{
    switch (role) {
    case Role::Viewer:
        return tr("Viewer");
    case Role::Accountant:
        return tr("Accountant");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString RoleNames::refusal(Role role, const QString &action)
{
    return tr("Your role in this enterprise (%1) does not allow this: %2.").arg(name(role), action);
}

} // namespace taxbox
