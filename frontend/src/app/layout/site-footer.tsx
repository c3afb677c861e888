export function SiteFooter() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              TeamAround: case management for the SEMH early intervention service.
            </p>
          </div>
        </div>
      </div>
    </footer>
  )
}
