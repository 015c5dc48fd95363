"""Subscribers of the newsletter, the addresses that asked never to be written to again, and one
delivery per issue and subscriber."""

import hashlib

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def normalise_email(address: str) -> str:
    return (address or "").strip().lower()


def email_hash(address: str) -> str:
    """What a suppression keeps of an erased address: enough to recognise it, not to read it."""
    return hashlib.sha256(normalise_email(address).encode()).hexdigest()


class SubscriberQuerySet(models.QuerySet):
    def with_email(self, address: str):
        return self.filter(email__iexact=normalise_email(address))

    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)


# The fields a subscriber gives about themself: the admin form, the CSV import and the data export.
PROFILE_FIELDS = ("email", "first_name", "last_name", "organisation", "commune", "role", "language")


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        BOUNCED = "bounced", _("Bounced")

    class Role(models.TextChoices):
        ELECTED = "elu", _("Elected official")
        PROJECT_LEAD = "chef_projet", _("Project lead")
        PARTNER = "partenaire", _("Partner")
        STATE = "etat", _("State official")
        OTHER = "autre", _("Other")

    email = models.EmailField(_("e-mail address"), max_length=254)
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    commune = models.CharField(_("commune"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    consent_at = models.DateTimeField(_("consent date"), null=True, blank=True)
    consent_source = models.CharField(_("consent source"), max_length=200, blank=True)
    consent_ip = models.GenericIPAddressField(_("consent IP address"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(Lower("email"), name="abonnes_subscriber_email_ci_unique")]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def confirm(self, now=None) -> None:
        self.status = self.Status.CONFIRMED
        self.confirmed_at = now or timezone.now()
        self.unsubscribed_at = None
        self.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])

    def unsubscribe(self, now=None) -> None:
        if self.status == self.Status.UNSUBSCRIBED:
            return
        self.status = self.Status.UNSUBSCRIBED
        self.unsubscribed_at = now or timezone.now()
        self.save(update_fields=["status", "unsubscribed_at"])

    def erase(self, reason: str = "deleted") -> None:
        """Delete the row (deliveries keep their status, without the subscriber) and remember the
        address's hash so that no import brings it back."""
        Suppression.objects.get_or_create(email_hash=email_hash(self.email), defaults={"reason": reason})
        self.delete()


class Suppression(models.Model):
    """An address erased at its owner's request, kept as a hash: never imported or written to again."""

    email_hash = models.CharField(max_length=64, unique=True)
    reason = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")

    def __str__(self):
        return self.email_hash[:12]

    @classmethod
    def is_suppressed(cls, address: str) -> bool:
        return cls.objects.filter(email_hash=email_hash(address)).exists()


class Delivery(models.Model):
    """One issue sent (or to be sent) to one subscriber. `sending` is committed before the message's
    DATA and `sent` after the server's 250: a row still `sending` after a crash is `uncertain` and is
    never sent again automatically."""

    class Status(models.TextChoices):
        PENDING = "pending", _("To send")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        UNCERTAIN = "incertain", _("Uncertain")

    issue = models.ForeignKey(
        "lettre.LettrePage", on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("issue")
    )
    subscriber = models.ForeignKey(
        Subscriber,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="deliveries",
        verbose_name=_("subscriber"),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    error = models.CharField(_("error"), max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    unsubscribed = models.BooleanField(_("unsubscribed from this issue"), default=False)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="abonnes_delivery_one_per_issue")
        ]
        indexes = [models.Index(fields=["issue", "status"])]
        permissions = [("send_issue", "Lettre : envoyer aux abonnés")]

    def __str__(self):
        return f"{self.issue_id} → {self.subscriber_id}: {self.status}"


class Mailing(models.Model):
    """The send of one issue to the subscribers: when it was asked for, by whom, where it stands."""

    class State(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        RUNNING = "running", _("Sending")
        STOPPED = "stopped", _("Stopped")
        DONE = "done", _("Finished")

    class Stop(models.TextChoices):
        """Why a send stopped by itself (its rows still pending were not sent)."""

        REFUSED = "refused", _("the mail server refused the last messages in a row")
        UNREACHABLE = "unreachable", _("the mail server could not be reached")
        HUNG_UP = "hung_up", _("the mail server hung up and could not be reached again")
        BUILD = "build", _("the e-mail of the issue could not be built (see the error log)")

    issue = models.OneToOneField(
        "lettre.LettrePage", on_delete=models.CASCADE, related_name="mailing", verbose_name=_("issue")
    )
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.SCHEDULED)
    note = models.CharField(_("why it stopped"), max_length=20, choices=Stop.choices, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")

    def __str__(self):
        return f"{self.issue_id}: {self.state}"
