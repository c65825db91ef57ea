#pragma once

// The workspace GUI tests open: one person, one enterprise, created in the test's folder.

#include "auth/Workspace.h"

#include <QString>

#include <memory>

namespace taxbox::test {

struct LocalWorkspace
{
    std::unique_ptr<auth::Session> session;
    QString enterpriseId;
};

/// A workspace in `directory` for 王会计 ("correct horse"; a cheap key derivation, for tests) holding one
/// enterprise, 福州闽江贸易有限公司 with `creditCode` in region 350100. A failure ends the test loudly.
inline LocalWorkspace createLocalWorkspace(const QString &directory,
                                           const QString &creditCode = QStringLiteral("91350100M000100Y43"))
{
    auth::Workspace workspace(directory);
    workspace.setKdfCost(1 << 10);
    auto created = workspace.initialize(QStringLiteral("王会计"), crypto::SecureBytes::fromUtf8(QStringLiteral("correct horse")));
    if (!created)
        qFatal("cannot create the workspace: %s", qPrintable(created.error().message));
    LocalWorkspace local{std::move(created->session), {}};
    EnterpriseProfile profile;
    profile.name = QStringLiteral("福州闽江贸易有限公司");
    profile.creditCode = creditCode;
    profile.region = QStringLiteral("350100");
    auto enterprise = local.session->createEnterprise(profile);
    if (!enterprise)
        qFatal("cannot create the enterprise: %s", qPrintable(enterprise.error().message));
    local.enterpriseId = enterprise->id;
    return local;
}

} // namespace taxbox::test
