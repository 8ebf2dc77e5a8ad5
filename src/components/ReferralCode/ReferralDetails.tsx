'use client';
import type { Ref } from 'react';
import { CopyButton } from '../core/CopyButton.js';
import type { TalonFormat } from '../../react/format/useFormat.js';
import type { CommonMessages } from '../../messages/common.js';
import type { ReferralCodeMessages } from '../../messages/referralCode.js';
import type { ShownReferral } from './pickReferral.js';
import { ShareButton } from './ShareButton.js';

type Part = (part: string) => string | undefined;

/** The shopper's code with its uses and expiry, a copy button and, where the browser can share, a share button. */
export function ReferralDetails({
  referral,
  shareUrl,
  messages: m,
  format,
  cls,
  copyRef,
}: {
  referral: ShownReferral;
  shareUrl: string | undefined;
  messages: ReferralCodeMessages & { common: CommonMessages };
  format: TalonFormat;
  cls: Part;
  copyRef: Ref<HTMLButtonElement>;
}) {
  const { code, expiryDate, usageLimit, usageCounter } = referral;
  const expires = expiryDate === undefined ? '' : format.date(expiryDate);
  return (
    <>
      <dl className={cls('details')}>
        <div className={cls('detail')}>
          <dt>{m.codeLabel}</dt>
          <dd>
            <code className={cls('code')}>{code}</code>
          </dd>
        </div>
        <div className={cls('detail')}>
          <dt>{m.usageLabel}</dt>
          <dd>{m.usage(format.number(usageCounter), usageLimit > 0 ? format.number(usageLimit) : undefined)}</dd>
        </div>
        {expiryDate && expires && (
          <div className={cls('detail')}>
            <dt>{m.expiresLabel}</dt>
            <dd>
              <time dateTime={expiryDate}>{expires}</time>
            </dd>
          </div>
        )}
      </dl>
      <div className={cls('actions')}>
        <CopyButton
          ref={copyRef}
          text={code}
          label={m.copyLabel(code)}
          messages={m.common}
          className={cls('copy')}
          statusClassName={cls('announcement')}
        />
        <ShareButton
          code={code}
          url={shareUrl}
          messages={m}
          className={cls('share')}
          statusClassName={cls('announcement')}
        />
      </div>
    </>
  );
}
