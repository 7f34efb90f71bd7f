using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Verksam.Web.Data;
using Verksam.Web.Features.Accounts;
using Verksam.Web.Features.Goals;
using Verksam.Web.Features.Indicators;
using Verksam.Web.Features.Organisation;
using Verksam.Web.Operations.Demo;
using Verksam.Web.Operations.Scheduling;
using Verksam.Web.Shared.Health;
using Verksam.Web.Shared.Security;
using Verksam.Web.Shared.Telemetry;

namespace Verksam.Web;

/// <summary>How the host is put together; Program.cs and the tests both go through here.</summary>
public static partial class VerksamApp
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The health checks the readiness probe asks (<c>/health/ready</c>).</summary>
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddVerksam(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        CultureInfo.DefaultThreadCurrentCulture = Swedish;
        CultureInfo.DefaultThreadCurrentUICulture = Swedish;
        builder.AddVerksamTelemetry();
        var services = builder.Services;
        var security = ReadSecurity(builder.Configuration);
        services.AddSingleton(security);

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddVerksamDatabase(builder.Configuration, builder.Environment);

        services.AddIdentityCore<VerksamUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                // Failed logins are counted per user name and client address instead (LoginService), so that
                // nobody can lock an account, an administrator's included, by failing on purpose from elsewhere.
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789-._@";
            })
            .AddEntityFrameworkStores<VerksamDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<SwedishIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<VerksamClaimsPrincipalFactory>()
            .AddPasswordValidator<GuessablePasswordValidator>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName(security, "verksam");
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = security.AllowInsecureCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = "/logga-in";
            o.LogoutPath = "/logga-ut";
            o.AccessDeniedPath = "/status/403";

            // The cookie expires after the idle timeout; SessionValidator renews a used session's cookie each minute,
            // ends it at the absolute lifetime, and ends it at once when the account's security stamp has changed.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(security.Sessions.IdleTimeoutMinutes);
            o.SlidingExpiration = false;
            o.Events = new CookieAuthenticationEvents
            {
                OnSigningIn = SessionValidator.OnSigningInAsync,
                OnValidatePrincipal = SessionValidator.ValidatePrincipalAsync,

                // The API answers with status codes, never with a redirect to the login page.
                OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden),
            };
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdministratorRequirement.PolicyName, p => p.RequireAuthenticatedUser().AddRequirements(new AdministratorRequirement()));
        services.AddScoped<IAuthorizationHandler, AdministratorHandler>();

        // Keys that sign cookies and antiforgery tokens survive a restart and are shared by every instance: in the database.
        services.AddDataProtection().SetApplicationName("Verksam").PersistKeysToDbContext<VerksamDbContext>();
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = CookieName(security, "verksam-tmp");
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = security.AllowInsecureCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = CookieName(security, "verksam-af");
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = security.AllowInsecureCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        // Pages live in their feature folders (Features/*/Pages) and in Shared/Pages.
        services.AddRazorPages(o => o.RootDirectory = "/").AddMvcOptions(o =>
        {
            o.Filters.Add(new AccessDeniedPageFilter());

            // Services check every rule with a Swedish message; the framework's own checks must not add English ones.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            var messages = o.ModelBindingMessageProvider;
            // A typed field with a Swedish name ("Field_" and its property in Texts) is named in its message; a bare
            // property name never is.
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => Resources.Texts.ResourceManager.GetString("Field_" + field, CultureInfo.CurrentUICulture) is { } name
                ? string.Format(CultureInfo.CurrentCulture, Resources.Texts.Binding_InvalidField, name, value)
                : string.Format(CultureInfo.CurrentCulture, Resources.Texts.Binding_Invalid, value));
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(CultureInfo.CurrentCulture, Resources.Texts.Binding_Invalid, value));
            messages.SetValueIsInvalidAccessor(value => string.Format(CultureInfo.CurrentCulture, Resources.Texts.Binding_Invalid, value));
            messages.SetUnknownValueIsInvalidAccessor(_ => Resources.Texts.Binding_Unknown);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Resources.Texts.Binding_Unknown);
            messages.SetValueMustNotBeNullAccessor(_ => Resources.Texts.Binding_Required);
            messages.SetMissingBindRequiredValueAccessor(_ => Resources.Texts.Binding_Required);
            messages.SetMissingKeyOrValueAccessor(() => Resources.Texts.Binding_Required);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => Resources.Texts.Binding_Required);
            messages.SetValueMustBeANumberAccessor(_ => Resources.Texts.Binding_Number);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => Resources.Texts.Binding_Number);
        });
        // Swedish letters go out as themselves, not as &#xE4; entities; HTML-special characters are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Swedish);
            o.SupportedCultures = [Swedish];
            o.SupportedUICultures = [Swedish];
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Verksam API";
            doc.Info.Description = "Läs Verksams data för integrationer. Samma inloggning och samma behörigheter som sidorna.";
            return Task.CompletedTask;
        }));
        // /health/live: the process answers; /health/ready: it may be sent requests (database, migrations, not stopping).
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]).AddCheck<StoppingHealthCheck>("stopping", tags: [ReadyTag]);
        services.AddVerksamReverseProxy(builder.Configuration);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(security.HstsMaxAgeDays);
            o.IncludeSubDomains = security.HstsIncludeSubDomains;
        });
        services.AddLoginRateLimits(security.Login);
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        services.AddExceptionHandler<ApiBadRequestHandler>();

        // A parameter the API cannot read becomes an exception, which ApiBadRequestHandler answers with a Swedish 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Logging.AddConsole(o => o.FormatterName = Shared.Logging.ControlCharacterSafeFormatter.FormatterName)
            .AddConsoleFormatter<Shared.Logging.ControlCharacterSafeFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();

        services.AddScoped<AccessService>();
        services.AddScoped<Shared.Security.IAdministratorCheck>(sp => sp.GetRequiredService<AccessService>());
        services.AddScoped<OrgUnitService>();
        services.AddScoped<MunicipalitySettingsService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<LoginService>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<VisitService>();
        services.AddScoped<GrantService>();
        services.AddScoped<Shared.Auditing.AuditLogService>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.Register.RegisterAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.Plans.PlanAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.Goals.GoalAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.Indicators.IndicatorAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.Risks.RiskAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.Controls.ControlAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.FollowUp.FollowUpAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.AnnualWheel.WheelAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.Assignments.AssignmentAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, Features.Processes.ProcessAuditSubjects>();
        services.AddScoped<Shared.Auditing.IAuditSubjects, OrgUnitAuditSubjects>();
        services.AddScoped<DemoData>();
        services.AddScoped<Features.Indicators.IndicatorService>();
        services.AddScoped<Features.Indicators.OutcomeImportService>();
        services.AddScoped<Features.Goals.GoalService>();
        services.AddScoped<Features.Goals.GoalAccess>();
        services.AddScoped<Features.Goals.GoalAssessmentService>();
        services.AddScoped<Features.Goals.GoalLinkService>();
        services.AddScoped<Features.Indicators.IIndicatorGoals>(s => s.GetRequiredService<Features.Goals.GoalLinkService>());
        services.AddScoped<Features.Goals.ActivityService>();
        services.AddScoped<Features.Goals.GoalQueries>();
        services.AddScoped<Features.Plans.PlanService>();
        services.AddScoped<Features.Plans.PlanCopyService>();
        services.AddScoped<Features.Plans.TemplateService>();
        services.AddScoped<Features.FollowUp.FollowUpService>();
        services.AddScoped<Features.FollowUp.ReportFiguresBuilder>();
        services.AddScoped<Features.FollowUp.ReportOverviewService>();
        services.AddScoped<Features.FollowUp.HeatmapService>();
        services.AddScoped<Features.Start.StartService>();
        services.AddScoped<Features.Start.ReminderService>();
        services.AddScoped<GrantHolders>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<Features.Notifications.NotificationService>();
        services.AddScoped<Shared.Layout.IUnreadNotifications>(sp => sp.GetRequiredService<Features.Notifications.NotificationService>());
        services.AddScoped<Features.Notifications.MailDelivery>();
        services.AddScoped<Features.Notifications.MailLogService>();
        services.AddScoped<Features.Notifications.PreferenceService>();
        services.AddScoped<ContactService>();
        services.AddSingleton<Features.Notifications.MailFiles>();
        services.AddSingleton(builder.Configuration.GetSection(Features.Notifications.MailOptions.SectionName).Get<Features.Notifications.MailOptions>() ?? new Features.Notifications.MailOptions());
        services.AddVerksamScheduler(builder.Configuration, builder.Environment);
        services.AddScoped<Features.Risks.RiskService>();
        services.AddScoped<Features.Controls.ControlService>();
        services.AddScoped<Features.Risks.ActionService>();
        services.AddScoped<Features.Risks.RiskFollowUpService>();
        services.AddScoped<Features.Risks.IControlDirectory, Features.Controls.ControlDirectory>();
        services.AddScoped<Features.Processes.ProcessService>();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<Features.Indicators.TrendService>();
        services.AddScoped<IndicatorCopy>();
        services.AddScoped<GoalCopy>();
        services.AddScoped<Features.Risks.RiskCopy>();
        services.AddScoped<Features.Controls.ControlCopy>();
        services.AddScoped<Features.Assignments.AssignmentCopy>();
        services.AddScoped<Features.AnnualWheel.WheelService>();
        services.AddScoped<Features.Assignments.AssignmentService>();
        services.AddScoped<Features.Register.MatterService>();
        services.AddScoped<Features.Register.RegisterSettingsService>();
        services.AddScoped<Features.Register.RegisterTableService>();
        services.AddScoped<Features.Register.RegisterStatisticsService>();
        services.AddScoped<Features.FollowUp.QualityReportSections>();
        services.AddScoped<Features.QualityPlan.QualityPlanService>();
        services.AddScoped<Features.Documents.DocumentHtml>();
        services.AddSingleton<Features.Documents.ChromiumPdf>();
        services.AddScoped<Features.Documents.DocumentExport>();
        services.AddSingleton<Features.FollowUp.BatchExport>();
        services.AddHostedService<Features.FollowUp.BatchExportWorker>();
        services.AddScoped<IOrgUnitDataProbe, Features.Risks.RiskDataProbe>();
        services.AddScoped<IOrgUnitDataProbe, Features.Processes.ProcessDataProbe>();
        services.AddScoped<IOrgUnitDataProbe, Features.Controls.ControlDataProbe>();
        services.AddScoped<IOrgUnitDataProbe, Features.AnnualWheel.WheelDataProbe>();
        services.AddScoped<IOrgUnitDataProbe, Features.Assignments.AssignmentDataProbe>();
        services.AddScoped<IOrgUnitDataProbe, Features.Indicators.IndicatorDataProbe>();
        services.AddScoped<IOrgUnitDataProbe, Features.Goals.GoalDataProbe>();
        services.AddScoped<IOrgUnitDataProbe, MunicipalitySettingsDataProbe>();

        // Pages compress to a tenth (the heat map of 100 units: ~60 KB of HTML, a few KB on the wire), over HTTPS too.
        // BREACH needs a secret that stays the same from response to response beside text the attacker chose: the only
        // secret in a page, the antiforgery token, is encrypted afresh (new IV and key modifier) for every response, and
        // a page that echoes what was typed (a refused form, always a POST) is sent uncompressed (UseVerksam).
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml", "text/csv"];
        });

        return builder;
    }

    public static WebApplication UseVerksam(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First of all, so that everything after sees the client's address and scheme as the proxy received them.
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/fel");
        var security = app.Services.GetRequiredService<SecurityOptions>();
        if (!security.AllowInsecureCookies)
        {
            app.UseHsts();
            app.UseMiddleware<HttpsOnlyMiddleware>();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseResponseCompression();
        // After the compression middleware, which is what offers the feature.
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpsCompressionFeature>() is { } https)
            {
                https.Mode = Microsoft.AspNetCore.Http.Features.HttpsCompressionMode.DoNotCompress;
            }

            return next(context);
        });
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseLoginRateLimits();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapOpenApi("/api/openapi/{documentName}.json").RequireAuthorization();
        app.MapVerksamApi();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = DatabaseHealthCheck.WriteResponseAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = DatabaseHealthCheck.WriteResponseAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = DatabaseHealthCheck.WriteResponseAsync }).AllowAnonymous();
        return app;
    }

    /// <summary>Applies migrations; loads the demo into an empty database when configured and not in production.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerksamDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        await Operations.Keys.DataProtectionKeys.ImportLegacyAsync(db, Operations.Keys.DataProtectionKeys.LegacyFolder(app.Configuration, app.Environment));
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        if (options.LoadDemoData && !app.Environment.IsProduction())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
        }
    }

    /// <summary>The Security section; Development turns AllowInsecureCookies on for http://localhost.</summary>
    public static SecurityOptions ReadSecurity(IConfiguration configuration)
    {
        var security = new SecurityOptions();
        configuration.GetSection(SecurityOptions.SectionName).Bind(security);
        return security;
    }

    /// <summary>
    /// With secure cookies, the __Host- prefix: the browser then accepts the cookie only over HTTPS, for this host alone
    /// and the whole path, so a neighbouring subdomain cannot set or overwrite it.
    /// </summary>
    private static string CookieName(SecurityOptions security, string name) => security.AllowInsecureCookies ? name : "__Host-" + name;

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        // The handler builds an absolute address from the request's host; behind a proxy that does not pass the Host
        // header on, that would be the app's own loopback address. The path alone is right wherever the browser is.
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
