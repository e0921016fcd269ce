//! The rest of the Account API (issue 23): service authorizations, the audit
//! log, the billing address, automation tokens and sudo mode, and logging
//! in; against the sandbox's live-style routes and state.

mod common;

use common::*;
use fastly_account::{
    AutomationTokenOptions, BillingAddressOptions, BillingAddressUpdateOptions, CreateTokenOptions,
    Error, EventListOptions, ListOptions,
};

/// The seeded service authorizations (the sandbox's fixed ids).
const ERIN_AUTHORIZATION: &str = "saSeedx4xCwxxJxErin001";
const UMA_AUTHORIZATION: &str = "saSeedx4xCwxxJxUma0001";

#[test]
fn service_authorizations_list_get_create_update_delete() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let page = client
        .list_service_authorizations(&ListOptions::new().per_page(1))
        .expect("list");
    assert_eq!(page.data.len(), 1);
    assert_eq!(page.total, Some(2));
    assert_eq!(page.next_page_number(), Some(2));
    let second = client
        .list_service_authorizations(
            &ListOptions::new()
                .per_page(1)
                .cursor(page.next_cursor.clone().expect("a next page")),
        )
        .expect("page 2");
    assert_eq!(second.data.len(), 1);
    assert_eq!(second.next_cursor, None);

    let erin = client
        .get_service_authorization(ERIN_AUTHORIZATION)
        .expect("get");
    assert_eq!(erin.permission.as_deref(), Some("full"));
    assert!(erin.user_id.is_some() && erin.service_id.is_some());

    let user = seed.user_ids_by_role["billing"][0].clone();
    let service = seed.service_ids[0].clone();
    let created = client
        .create_service_authorization(&user, &service, "read_only")
        .expect("create");
    assert_eq!(created.permission.as_deref(), Some("read_only"));
    assert_eq!(created.user_id.as_deref(), Some(user.as_str()));
    assert_eq!(created.service_id.as_deref(), Some(service.as_str()));
    let id = created.id.clone().expect("an id");

    let updated = client
        .update_service_authorization(&id, "purge_all")
        .expect("update");
    assert_eq!(updated.permission.as_deref(), Some("purge_all"));

    client.delete_service_authorization(&id).expect("delete");
    let gone = client.get_service_authorization(&id);
    assert!(
        matches!(gone, Err(Error::NotFound { status: 404, .. })),
        "{gone:?}"
    );
    let again = client.delete_service_authorization(&id);
    assert!(matches!(again, Err(Error::NotFound { .. })), "{again:?}");

    // An unknown user is the API's to refuse.
    let refused = client.create_service_authorization("nobody", &service, "full");
    assert!(
        matches!(refused, Err(Error::BadRequest { status: 400, .. })),
        "{refused:?}"
    );

    // What is refused before any request.
    sandbox.clear_requests();
    for result in [
        client
            .create_service_authorization(&user, &service, "admin")
            .map(|_| ()),
        client
            .create_service_authorization(" ", &service, "full")
            .map(|_| ()),
        client.update_service_authorization(&id, "FULL").map(|_| ()),
        client.get_service_authorization("").map(|_| ()),
        client
            .list_service_authorizations(&ListOptions::new().per_page(101))
            .map(|_| ()),
        client.bulk_delete_service_authorizations(&[]).map(|_| ()),
        client
            .bulk_update_service_authorizations(&[" ".to_owned()], "full")
            .map(|_| ()),
    ] {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");
}

#[test]
fn service_authorizations_bulk_and_walk() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let ids = vec![ERIN_AUTHORIZATION.to_owned(), UMA_AUTHORIZATION.to_owned()];
    let updated = client
        .bulk_update_service_authorizations(&ids, "read_only")
        .expect("bulk update");
    assert_eq!(updated.len(), 2);
    assert!(updated
        .iter()
        .all(|a| a.permission.as_deref() == Some("read_only")));
    let request = sandbox
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.method == "PATCH")
        .expect("the bulk request");
    assert_eq!(
        request.content_type.as_deref(),
        Some("application/vnd.api+json; ext=bulk")
    );

    // All or nothing: an unknown id changes none.
    let refused = client
        .bulk_delete_service_authorizations(&[ERIN_AUTHORIZATION.to_owned(), "unknown".to_owned()]);
    assert!(
        matches!(refused, Err(Error::BadRequest { .. })),
        "{refused:?}"
    );

    sandbox.clear_requests();
    let walked: Vec<_> = client
        .iter_service_authorizations(Some(1))
        .collect::<Result<_, _>>()
        .expect("walk");
    assert_eq!(walked.len(), 2);
    assert_eq!(
        attempts(&sandbox, "GET", "/service-authorizations"),
        2,
        "a page a step"
    );

    client
        .bulk_delete_service_authorizations(&ids)
        .expect("bulk delete");
    let left = client
        .list_service_authorizations(&ListOptions::new())
        .expect("list");
    assert!(left.data.is_empty());
}

#[test]
fn events_filter_sort_page_and_record_writes() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let all = client.list_events(&EventListOptions::new()).expect("list");
    assert!(all.data.len() >= 6, "{}", all.data.len());
    let oldest_first: Vec<_> = all.data.iter().map(|e| e.created_at).collect();
    let mut sorted = oldest_first.clone();
    sorted.sort();
    assert_eq!(oldest_first, sorted, "created_at is the default order");

    let newest_first = client
        .list_events(&EventListOptions::new().sort("-created_at").per_page(2))
        .expect("sorted");
    assert_eq!(newest_first.data.len(), 2);
    assert!(newest_first.data[0].created_at >= newest_first.data[1].created_at);
    assert!(newest_first.next_cursor.is_some());

    let typed = client
        .list_events(&EventListOptions::new().event_type("logging.update"))
        .expect("by type");
    assert!(!typed.data.is_empty());
    assert!(typed
        .data
        .iter()
        .all(|e| e.event_type.as_deref() == Some("logging.update")));
    let event = &typed.data[0];
    assert!(event.extra.contains_key("metadata"), "{:?}", event.extra);

    let window = client
        .list_events(
            &EventListOptions::new()
                .created_at_gte("2023-06-01T00:00:00Z")
                .created_at_lt("2024-01-01T00:00:00Z"),
        )
        .expect("a window");
    assert!(!window.data.is_empty());
    for e in &window.data {
        let at = e.created_at.expect("a time").to_rfc3339();
        assert!(
            at.as_str() >= "2023-06-01" && at.as_str() < "2024-01-01",
            "{at}"
        );
    }

    let one = client
        .get_event(event.id.as_deref().expect("an id"))
        .expect("get");
    assert_eq!(one.id, event.id);
    let missing = client.get_event("evNoSuchEvent");
    assert!(
        matches!(missing, Err(Error::NotFound { .. })),
        "{missing:?}"
    );

    // The sandbox's own writes are recorded, and filterable.
    let user = seed.user_ids_by_role["user"][0].clone();
    client.delete_user(&user).expect("delete a user");
    let destroyed = client
        .list_events(
            &EventListOptions::new()
                .event_type("user.destroy")
                .token_id(seed.self_token_id.clone()),
        )
        .expect("recorded");
    assert_eq!(destroyed.data.len(), 1, "{:?}", destroyed.data);
    assert_eq!(
        destroyed.data[0].customer_id.as_deref(),
        Some(seed.customer_id.as_str())
    );

    // The walk fetches a page a step, with the filters on every page.
    sandbox.clear_requests();
    let walked: Vec<_> = client
        .iter_events(&EventListOptions::new().per_page(2))
        .collect::<Result<_, _>>()
        .expect("walk");
    let pages = attempts(&sandbox, "GET", "/events");
    assert_eq!(pages, walked.len().div_ceil(2));
    let requests = sandbox.requests();
    assert!(requests.iter().all(|r| r
        .query
        .as_deref()
        .unwrap_or_default()
        .contains("page%5Bsize%5D=2")));

    sandbox.clear_requests();
    for result in [
        client
            .list_events(&EventListOptions::new().sort("newest"))
            .map(|_| ()),
        client
            .list_events(&EventListOptions::new().user_id(" "))
            .map(|_| ()),
        client
            .list_events(&EventListOptions::new().per_page(0))
            .map(|_| ()),
        client.get_event("..").map(|_| ()),
    ] {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    let refused_walk = client
        .iter_events(&EventListOptions::new().sort("newest"))
        .next();
    assert!(matches!(
        refused_walk,
        Some(Err(Error::InvalidArgument { .. }))
    ));
    assert!(sandbox.requests().is_empty(), "refused before any request");

    // A date the API cannot read is its to refuse.
    let unreadable = client.list_events(&EventListOptions::new().created_at_gt("yesterday"));
    assert!(
        matches!(unreadable, Err(Error::BadRequest { .. })),
        "{unreadable:?}"
    );
}

#[test]
fn billing_address_get_add_update_delete() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let customer = seed.customer_id.clone();

    let seeded = client.get_billing_address(&customer).expect("seeded");
    assert!(seeded.address_1.is_some() && seeded.country.is_some());
    assert_eq!(seeded.customer_id.as_deref(), Some(customer.as_str()));

    let updated = client
        .update_billing_address(&customer, &BillingAddressUpdateOptions::new().state("DE"))
        .expect("update");
    assert_eq!(updated.state.as_deref(), Some("DE"));
    assert_eq!(
        updated.address_1, seeded.address_1,
        "only what is set changes"
    );

    // One address per customer: adding another is refused.
    let address = BillingAddressOptions::new()
        .address_1("80719 Dorothea Mountain")
        .city("New Rasheedville")
        .country("US")
        .postal_code("53538");
    let twice = client.add_billing_address(&customer, &address);
    assert!(matches!(twice, Err(Error::BadRequest { .. })), "{twice:?}");

    client.delete_billing_address(&customer).expect("delete");
    let gone = client.get_billing_address(&customer);
    assert!(matches!(gone, Err(Error::NotFound { .. })), "{gone:?}");

    // An address the API cannot verify, then saved unverified.
    let unverifiable = address.clone().postal_code("00000");
    let refused = client.add_billing_address(&customer, &unverifiable);
    match refused {
        Err(Error::BadRequest { message, .. }) => {
            assert!(message.contains("Could not validate address"), "{message}")
        }
        other => panic!("{other:?}"),
    }
    let added = client
        .add_billing_address(&customer, &unverifiable.skip_verification(true))
        .expect("added unverified");
    assert_eq!(added.postal_code.as_deref(), Some("00000"));
    assert_eq!(added.city.as_deref(), Some("New Rasheedville"));

    sandbox.clear_requests();
    for result in [
        client
            .add_billing_address(
                &customer,
                &BillingAddressOptions::new().city("X").country("US"),
            )
            .map(|_| ()),
        client
            .add_billing_address(&customer, &address.clone().country("us"))
            .map(|_| ()),
        client
            .update_billing_address(&customer, &BillingAddressUpdateOptions::new())
            .map(|_| ()),
        client
            .update_billing_address(&customer, &BillingAddressUpdateOptions::new().city(""))
            .map(|_| ()),
        client.get_billing_address(" ").map(|_| ()),
    ] {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");
}

/// The owner's login, for sudo mode and logging in.
fn owner_login(client: &fastly_account::blocking::Client) -> String {
    client
        .get_current_user()
        .expect("current user")
        .login
        .expect("a login")
}

#[test]
fn automation_tokens_need_sudo_then_work_until_revoked() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let login = owner_login(&client);

    let listed = client
        .list_automation_tokens(&ListOptions::new())
        .expect("list");
    assert!(
        !listed.data.is_empty(),
        "the sandbox seeds automation tokens"
    );
    let first = listed.data[0].clone();
    assert!(first.scope.is_some(), "the list's `scopes` reads as scope");
    let got = client
        .get_automation_token(first.id.as_deref().expect("an id"))
        .expect("get");
    assert_eq!(got.id, first.id);

    let options = AutomationTokenOptions::new()
        .scope("global:read")
        .tls_access(false);
    let without_sudo = client.create_automation_token("ci", "engineer", &options);
    assert!(
        matches!(without_sudo, Err(Error::Forbidden { .. })),
        "{without_sudo:?}"
    );

    let wrong = client.request_sudo_access(&login, "not-the-password");
    assert!(matches!(wrong, Err(Error::Forbidden { .. })), "{wrong:?}");
    let sudo = client
        .request_sudo_access(&login, fastly_sandbox::OWNER_PASSWORD)
        .expect("sudo");
    assert!(sudo.expiry_time.is_some());

    let created = client
        .create_automation_token("ci", "engineer", &options)
        .expect("create");
    let secret = created.secret.clone().expect("the secret, once");
    assert_eq!(created.name.as_deref(), Some("ci"));
    assert!(!format!("{created:?}").contains(secret.expose()));
    let issued = sandbox.issued_secrets();
    assert!(
        issued.iter().any(|s| s.secret == secret.expose()),
        "the testing kit knows which secret it issued"
    );

    // The secret works as a key until the token is revoked.
    let as_automation = builder(&sandbox)
        .token(secret.expose())
        .build_blocking()
        .expect("client");
    as_automation
        .get_current_customer()
        .expect("the new key works");
    let id = created.id.clone().expect("an id");
    let listed_again = client
        .list_automation_tokens(&ListOptions::new().per_page(100))
        .expect("list");
    let mine = listed_again
        .data
        .iter()
        .find(|t| t.id.as_deref() == Some(id.as_str()))
        .expect("listed");
    assert!(
        !mine.extra.contains_key("access_token"),
        "no secret in a list"
    );

    client.revoke_automation_token(&id).expect("revoke");
    let refused = as_automation.get_current_customer();
    assert!(
        matches!(refused, Err(Error::Unauthorized { .. })),
        "{refused:?}"
    );
    let gone = client.get_automation_token(&id);
    assert!(matches!(gone, Err(Error::NotFound { .. })), "{gone:?}");
    assert!(client
        .list_automation_tokens(&ListOptions::new().per_page(100))
        .expect("list")
        .data
        .iter()
        .all(|t| t.id.as_deref() != Some(id.as_str())));

    sandbox.clear_requests();
    for result in [
        client
            .create_automation_token("ci", "superuser", &options)
            .map(|_| ()),
        client
            .create_automation_token(" ", "user", &options)
            .map(|_| ()),
        client
            .create_automation_token("ci", "user", &options.clone().scope("everything"))
            .map(|_| ()),
        client
            .create_automation_token("ci", "user", &options.clone().expires_at("tomorrow"))
            .map(|_| ()),
        client.request_sudo_access(&login, "").map(|_| ()),
        client.get_automation_token("").map(|_| ()),
    ] {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");
}

#[test]
fn automation_token_services_page_and_walk() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let login = owner_login(&client);
    client
        .request_sudo_access(&login, fastly_sandbox::OWNER_PASSWORD)
        .expect("sudo");
    let services: Vec<String> = seed.service_ids.iter().take(3).cloned().collect();
    let created = client
        .create_automation_token(
            "limited",
            "user",
            &AutomationTokenOptions::new().services(services.clone()),
        )
        .expect("create");
    let id = created.id.expect("an id");
    let page = client
        .list_automation_token_services(&id, &ListOptions::new().per_page(2))
        .expect("services");
    assert_eq!(page.data.len(), 2);
    assert_eq!(page.data[0].id.as_deref(), Some(services[0].as_str()));
    sandbox.clear_requests();
    let walked: Vec<String> = client
        .iter_automation_token_services(&id, Some(2))
        .map(|s| s.expect("a service").id.expect("an id"))
        .collect();
    assert_eq!(walked, services);
    assert_eq!(
        attempts(
            &sandbox,
            "GET",
            &format!("/automation-tokens/{id}/services")
        ),
        2
    );
    let missing = client.list_automation_token_services("unknown", &ListOptions::new());
    assert!(
        matches!(missing, Err(Error::NotFound { .. })),
        "{missing:?}"
    );
}

#[test]
fn create_token_logs_in_with_basic_auth_and_one_time_codes() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let login = owner_login(&client);
    let endpoint = CreateTokenOptions::new().endpoint(sandbox.url());

    let token = fastly_account::blocking::create_token(
        &login,
        fastly_sandbox::OWNER_PASSWORD,
        &endpoint.clone().name("laptop").scope("global:read"),
    )
    .expect("logged in");
    assert_eq!(token.name.as_deref(), Some("laptop"));
    assert_eq!(token.scope.as_deref(), Some("global:read"));
    let secret = token.secret.clone().expect("the secret");
    assert!(!format!("{token:?}").contains(secret.expose()));
    let request = sandbox
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.method == "POST" && r.path == "/tokens")
        .expect("the login request");
    assert!(!request.fastly_key_present, "no Fastly-Key when logging in");
    let logged_in = builder(&sandbox)
        .token(secret.expose())
        .build_blocking()
        .expect("client");
    assert_eq!(
        logged_in
            .get_current_user()
            .expect("works")
            .login
            .as_deref(),
        Some(login.as_str())
    );

    let wrong = fastly_account::blocking::create_token(&login, "wrong", &endpoint);
    assert!(
        matches!(wrong, Err(Error::BadRequest { status: 400, .. })),
        "{wrong:?}"
    );

    // Two-factor authentication: no code, a wrong code, the right code.
    let (user, password, code) = (
        fastly_sandbox::TWO_FACTOR_LOGIN,
        fastly_sandbox::TWO_FACTOR_PASSWORD,
        fastly_sandbox::ONE_TIME_CODE,
    );
    match fastly_account::blocking::create_token(user, password, &endpoint) {
        Err(Error::BadRequest { message, .. }) => {
            assert!(message.contains("2fa.verify"), "{message}")
        }
        other => panic!("{other:?}"),
    }
    let wrong_code =
        fastly_account::blocking::create_token(user, password, &endpoint.clone().otp("000000"));
    assert!(
        matches!(wrong_code, Err(Error::BadRequest { .. })),
        "{wrong_code:?}"
    );
    let with_code =
        fastly_account::blocking::create_token(user, password, &endpoint.clone().otp(code))
            .expect("logged in with the code");
    assert!(with_code.secret.is_some());

    for result in [
        fastly_account::blocking::create_token(" ", "x", &endpoint).map(|_| ()),
        fastly_account::blocking::create_token(&login, "", &endpoint).map(|_| ()),
        fastly_account::blocking::create_token(&login, "x", &endpoint.clone().scope("all"))
            .map(|_| ()),
        fastly_account::blocking::create_token(&login, "x", &endpoint.clone().otp(" ")).map(|_| ()),
    ] {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_async_forms() {
    let sandbox = sandbox();
    let client = async_client(&sandbox);
    let login = client
        .get_current_user()
        .await
        .expect("me")
        .login
        .expect("a login");
    let token = fastly_account::create_token(
        &login,
        fastly_sandbox::OWNER_PASSWORD,
        &CreateTokenOptions::new().endpoint(sandbox.url()),
    )
    .await
    .expect("logged in");
    assert!(token.secret.is_some());
    let mut events = client.iter_events(&EventListOptions::new().per_page(3));
    let mut count = 0;
    while let Some(event) = events.next().await.expect("a page") {
        assert!(event.id.is_some());
        count += 1;
    }
    assert!(count >= 6);
    let page = client
        .list_service_authorizations(&ListOptions::new())
        .await
        .expect("list");
    assert_eq!(page.data.len(), 2);
    client
        .get_billing_address(&sandbox.seed().customer_id)
        .await
        .expect("billing address");
    let tokens = client
        .list_automation_tokens(&ListOptions::new())
        .await
        .expect("automation tokens");
    assert!(!tokens.data.is_empty());
}

/// A password, a one-time code and a new secret never reach a log line, a
/// `Debug` rendering or an error's text, on any path.
#[test]
fn secrets_never_reach_logs_debug_or_errors() {
    let sandbox = sandbox();
    let lines = capture_logs();
    let client = client(&sandbox);
    let login = owner_login(&client);
    let endpoint = CreateTokenOptions::new().endpoint(sandbox.url());
    let password = fastly_sandbox::OWNER_PASSWORD;
    let mut shown: Vec<String> = Vec::new();

    let token =
        fastly_account::blocking::create_token(&login, password, &endpoint).expect("logged in");
    shown.push(format!("{token:?}"));
    shown.push(serde_json::to_string(&token).expect("json"));
    shown.push(format!("{:?}", token.secret));
    for failure in [
        fastly_account::blocking::create_token(&login, "wrong-Pa55word", &endpoint),
        fastly_account::blocking::create_token(
            fastly_sandbox::TWO_FACTOR_LOGIN,
            fastly_sandbox::TWO_FACTOR_PASSWORD,
            &endpoint.clone().otp("987654"),
        ),
    ] {
        let error = failure.expect_err("refused");
        shown.push(error.to_string());
        shown.push(format!("{error:?}"));
    }
    let sudo = client.request_sudo_access(&login, password).expect("sudo");
    shown.push(format!("{sudo:?}"));
    let created = client
        .create_automation_token("ci", "user", &AutomationTokenOptions::new())
        .expect("create");
    shown.push(format!("{created:?}"));
    let refused = client
        .request_sudo_access(&login, "wrong-Pa55word")
        .expect_err("refused");
    shown.push(refused.to_string());
    client
        .update_user_password(password, "new-Pa55word-1")
        .expect("password changed");
    shown.push(format!("{:?}", sandbox.requests()));

    let secrets = [
        password.to_owned(),
        "wrong-Pa55word".to_owned(),
        "new-Pa55word-1".to_owned(),
        fastly_sandbox::TWO_FACTOR_PASSWORD.to_owned(),
        "987654".to_owned(),
        token.secret.as_ref().expect("secret").expose().to_owned(),
        created.secret.as_ref().expect("secret").expose().to_owned(),
    ];
    let logged = lines.lines();
    assert!(!logged.is_empty(), "the calls were logged");
    for text in shown.iter().chain(logged.iter()) {
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{secret:?} shown in {text}"
            );
        }
    }
}

/// Three requests that differed from what the API takes: an empty `roles`
/// list, `SELF` as a token id, and a bulk revoke without the bulk `Accept`.
#[test]
fn empty_roles_self_in_any_case_and_the_bulk_accept() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    sandbox.clear_requests();
    let empty = client.create_invitation(
        "someone@example.com",
        &fastly_account::UserRole::User,
        &fastly_account::InvitationOptions::new().roles(Vec::new()),
    );
    assert!(
        matches!(empty, Err(Error::InvalidArgument { .. })),
        "{empty:?}"
    );
    for id in ["SELF", "Self", " self "] {
        let refused = client.get_token(id);
        assert!(
            matches!(refused, Err(Error::InvalidArgument { .. })),
            "{refused:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");

    client
        .bulk_revoke_tokens(&seed.token_ids[2..4])
        .expect("bulk revoke");
    let request = sandbox.requests().pop().expect("the request");
    assert_eq!(
        request.accept.as_deref(),
        Some("application/vnd.api+json; ext=bulk")
    );
}
