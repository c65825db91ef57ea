#include "ServerWords.h"

#include "refund/RefundApplications.h"

using namespace Qt::Literals::StringLiterals;

namespace taxbox::sync {

QString ServerWords::reason(const QString &code, const QStringList &args, const QString &serverText)
{
    const auto arg = [&](qsizetype i) { return args.value(i); };
    if (code == u"buyer_not_on_server")
        return tr("The buyer (%1) does not use this server, so it cannot confirm the request here. If the buyer confirmed "
                  "the 红字确认单 on the 电子税务局, record it with its number.")
            .arg(arg(0));
    if (code == u"seller_not_on_server")
        return tr("The seller (%1) does not use this server.").arg(arg(0));
    if (code == u"other_enterprise")
        return tr("The red-letter confirmation names another enterprise (%1) as this side.").arg(arg(0));
    if (code == u"invoice_unreadable")
        return tr("The server could not read the invoice.");
    if (code == u"invoice_other_device")
        return tr("Invoice %1 was issued by another device than the one that sent it.").arg(arg(0));
    if (code == u"invoice_signature_mismatch")
        return tr("Invoice %1: the signature does not match its content (it was changed after it was issued).").arg(arg(0));
    if (code == u"invoice_other_seller")
        return tr("Invoice %1 names another seller (%2).").arg(arg(0), arg(1));
    if (code == u"invoice_outside_range")
        return tr("Invoice %1 is outside the number ranges the server granted to this computer.").arg(arg(0));
    if (code == u"invoice_inconsistent")
        return tr("Invoice %1 does not add up by the server's check.").arg(arg(0));
    if (code == u"filing_signature_mismatch")
        return tr("The return for %1: the signature does not match its content (it was changed after it was filed).").arg(arg(0));
    if (code == u"filing_other_enterprise")
        return tr("The return for %1 names another enterprise.").arg(arg(0));
    if (code == u"filing_inconsistent")
        return tr("The return for %1: the server computed other figures from its inputs (update Taxbox, then correct it).")
            .arg(arg(0));
    if (code == u"filing_has_errors")
        return tr("The return for %1 fails a check of the form on the server.").arg(arg(0));
    if (code == u"refund_signature_mismatch")
        return tr("Refund application %1: the signature does not match its content (it was changed after it was filed).")
            .arg(arg(0));
    if (code == u"refund_other_enterprise")
        return tr("Refund application %1 names another enterprise.").arg(arg(0));
    if (code == u"refund_invalid")
        return tr("The server could not read a refund application.");
    if (code == u"refund_state")
        return tr("Refund application %1 is %2 on the server: it cannot become %3 (the tax office answered first).")
            .arg(arg(0), refund::RefundStateMachine::label(arg(1)), refund::RefundStateMachine::label(arg(2)));

    if (code == u"device_unknown")
        return tr("This computer is not enrolled for the enterprise on the server (or was revoked). Sign in again to enrol "
                  "it.");
    if (code == u"item_signature_mismatch")
        return tr("The record was changed after this computer signed it; it was not accepted.");
    if (code == u"changed_on_server")
        return tr("%1 was changed on the server after this computer's version. Choose which version stands.")
            .arg(recordName(arg(0)));
    return serverText.isEmpty() ? tr("The server refused it (%1).").arg(code) : serverText;
}

QString ServerWords::recordName(const QString &recordKey)
{
    const QString kind = recordKey.section(u':', 0, 0);
    const QString id = recordKey.section(u':', 1);
    if (kind == u"payroll-month")
        return tr("The payroll of %1").arg(id);
    if (kind == u"red-confirmation")
        return tr("A red-letter confirmation");
    if (kind == u"enterprise")
        return tr("The enterprise's profile");
    return recordKey.isEmpty() ? tr("This record") : recordKey;
}

QString ServerWords::error(const QString &code, const QString &serverText, qint64 retryAfterSeconds)
{
    if (code == u"invalid_credentials")
        return tr("The server account or password is wrong.");
    if (code == u"too_many_attempts")
        return retryAfterSeconds > 0 ? tr("Too many wrong passwords on the server: try again in %1 s.").arg(retryAfterSeconds)
                                     : tr("Too many wrong passwords on the server: wait a moment and try again.");
    if (code == u"account_disabled")
        return tr("This account is disabled on the server; ask its administrator.");
    if (code == u"unauthenticated" || code == u"invalid_token" || code == u"expired_token" || code == u"invalid_refresh_token")
        return tr("The server session has ended; sign in again.");
    if (code == u"forbidden" || code == u"role_insufficient")
        return tr("Your account on the server may not do this for this enterprise.");
    if (code == u"try_again" || code == u"server_error")
        return tr("The server could not do it just now; nothing was lost. Try again later.");
    if (code == u"body_too_large" || code == u"batch_too_large")
        return tr("The server refused a batch that was too large; it will be sent in smaller parts.");
    if (code == u"unknown_device")
        return tr("This computer is not enrolled for the enterprise on the server; sign in again to enrol it.");
    if (code == u"not_found")
        return tr("The server does not know this enterprise or address; check the server address.");
    return serverText.isEmpty() ? tr("The server refused the request (%1).").arg(code) : serverText;
}

} // namespace taxbox::sync
