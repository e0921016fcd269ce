//! Every operation's success path and its documented errors, over real HTTP
//! against the sandbox, through both the blocking and the async client.

mod common;

use common::*;
use fastly_account::{
    Error, InvitationOptions, ListOptions, ServiceGroupOptions, UpdateCustomerOptions,
    UpdateUserOptions, UserGroupOptions, UserRole,
};
use fastly_sandbox::{InvitationEnvelope, Settings, Style};

#[test]
fn customer_operations() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let current = client.get_current_customer().expect("current customer");
    assert_eq!(current.id.as_deref(), Some(seed.customer_id.as_str()));
    assert_eq!(
        current.owner_id.as_deref(),
        Some(seed.owner_user_id.as_str())
    );
    assert_eq!(current.legal_contact_id, None, "null field decodes as None");
    assert!(current.created_at.is_some(), "timestamp decoded");

    let same = client
        .get_customer(&seed.customer_id)
        .expect("customer by id");
    assert_eq!(same, current);

    let renamed = client
        .update_customer(
            &seed.customer_id,
            &UpdateCustomerOptions::new().name("Renamed & Co"),
        )
        .expect("update customer");
    assert_eq!(renamed.name.as_deref(), Some("Renamed & Co"));
    assert_eq!(
        client.get_current_customer().unwrap().name.as_deref(),
        Some("Renamed & Co"),
        "the update is stored"
    );
    let put = sandbox
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(
        put.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );

    match client.get_customer("nope") {
        Err(Error::NotFound {
            status: 404,
            message,
        }) => assert!(!message.is_empty()),
        other => panic!("expected NotFound, got {other:?}"),
    }
    match client.update_customer("nope", &UpdateCustomerOptions::new().name("n")) {
        Err(Error::NotFound { .. }) => {}
        other => panic!("expected NotFound, got {other:?}"),
    }
    match client.update_customer(
        &seed.customer_id,
        &UpdateCustomerOptions::new().name(String::new()),
    ) {
        Err(Error::BadRequest { status: 400, .. }) => {}
        other => panic!("expected BadRequest for an empty name, got {other:?}"),
    }
}

#[test]
fn user_operations() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let me = client.get_current_user().expect("current user");
    assert_eq!(me.id.as_deref(), Some(seed.owner_user_id.as_str()));
    assert_eq!(me.role, Some(UserRole::Superuser));

    let engineer_id = &seed.user_ids_by_role["engineer"][0];
    let engineer = client.get_user(engineer_id).expect("user by id");
    assert_eq!(engineer.role, Some(UserRole::Engineer));
    assert_eq!(
        engineer.customer_id.as_deref(),
        Some(seed.customer_id.as_str())
    );

    let updated = client
        .update_user(
            engineer_id,
            &UpdateUserOptions::new()
                .name("Ada Lovelace")
                .role(UserRole::Billing),
        )
        .expect("update user");
    assert_eq!(updated.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(updated.role, Some(UserRole::Billing));

    let users = client
        .list_customer_users(&seed.customer_id)
        .expect("users");
    assert_eq!(users.len(), seed.users_total);
    let tls_viewer = &seed.user_ids_by_role["tls_viewer"][0];
    let odd = users
        .iter()
        .find(|u| u.id.as_deref() == Some(tls_viewer.as_str()))
        .unwrap();
    assert_eq!(odd.role, Some(UserRole::TlsViewer));
    sandbox
        .patch(
            "user",
            tls_viewer,
            serde_json::json!({"role": "cdn_wizard"}),
        )
        .unwrap();
    assert_eq!(
        client.get_user(tls_viewer).unwrap().role,
        Some(UserRole::Other("cdn_wizard".into())),
        "unknown role kept as sent"
    );
    assert!(users.iter().any(|u| u.name.is_none()), "null names decode");

    client.delete_user(engineer_id).expect("delete user");
    match client.get_user(engineer_id) {
        Err(Error::NotFound { status: 404, .. }) => {}
        other => panic!("deleted user still there: {other:?}"),
    }
    match client.delete_user(engineer_id) {
        Err(Error::NotFound { .. }) => {}
        other => panic!("expected NotFound deleting twice, got {other:?}"),
    }
    assert_eq!(
        client.list_customer_users(&seed.customer_id).unwrap().len(),
        seed.users_total - 1
    );
    match client.list_customer_users("nope") {
        Err(Error::NotFound { .. }) => {}
        other => panic!("expected NotFound, got {other:?}"),
    }
}

#[test]
fn invitations_in_both_envelopes() {
    let sandbox = sandbox();
    let client = client(&sandbox);

    let invitation = client
        .create_invitation(
            "new.engineer@example.com",
            &UserRole::Engineer,
            &InvitationOptions::new(),
        )
        .expect("invitation");
    assert!(invitation.id.is_some());
    assert_eq!(
        invitation.email.as_deref(),
        Some("new.engineer@example.com")
    );
    assert_eq!(invitation.role, Some(UserRole::Engineer));
    assert!(
        invitation.status_code.is_some(),
        "live shape: {invitation:?}"
    );
    assert!(invitation.created_at.is_some());
    let sent = sandbox
        .requests()
        .into_iter()
        .find(|r| r.path == "/invitations")
        .unwrap();
    assert_eq!(
        sent.content_type.as_deref(),
        Some("application/vnd.api+json")
    );
    assert_eq!(sent.accept.as_deref(), Some("application/vnd.api+json"));

    // The seed's shapes: `status`, wrapped or bare.
    sandbox.set_settings(Settings {
        invitation_envelope: InvitationEnvelope::Bare,
        ..Settings::with_style(Style::Seed)
    });
    let bare = client
        .create_invitation(
            "second@example.com",
            &UserRole::User,
            &InvitationOptions::new(),
        )
        .expect("bare invitation");
    assert_eq!(bare.email.as_deref(), Some("second@example.com"));
    assert_eq!(bare.status.as_deref(), Some("pending"));
}

#[test]
fn roles_and_groups() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let page = client.list_roles(&ListOptions::default()).expect("roles");
    assert_eq!(page.total, Some(seed.roles_total as i64));
    assert!(!page.data.is_empty());
    let role = client.get_role(&seed.role_ids[0]).expect("role by id");
    assert_eq!(role.id.as_deref(), Some(seed.role_ids[0].as_str()));
    match client.get_role("no-such-role") {
        // IAM 404s come as RFC 7807 problem documents.
        Err(Error::NotFound { message, .. }) => {
            assert!(message.starts_with("Not Found"), "{message}")
        }
        other => panic!("expected NotFound, got {other:?}"),
    }

    let created = client
        .create_service_group(
            "edge",
            &ServiceGroupOptions::new()
                .description("edge services")
                .services(vec!["svc1".into(), "svc2".into()]),
        )
        .expect("service group");
    assert_eq!(created.name.as_deref(), Some("edge"));
    assert_eq!(created.services_count, Some(2));
    let groups = client
        .list_service_groups(&ListOptions::new().per_page(1000))
        .unwrap();
    assert!(
        groups.data.iter().any(|g| g.id == created.id),
        "created group is listed"
    );

    let team = client
        .create_user_group("on-call", &UserGroupOptions::new())
        .expect("user group");
    assert_eq!(team.name.as_deref(), Some("on-call"));
    let teams = client
        .list_user_groups(&ListOptions::new().per_page(1000))
        .unwrap();
    assert!(teams.data.iter().any(|g| g.id == team.id));
    let post = sandbox
        .requests()
        .into_iter()
        .find(|r| r.path == "/user-groups" && r.method == "POST")
        .unwrap();
    assert_eq!(post.content_type.as_deref(), Some("application/json"));
}

#[test]
fn wrong_token_is_unauthorized_without_echoing_it() {
    let sandbox = sandbox();
    let client = builder(&sandbox)
        .token("wrong-token-value")
        .build_blocking()
        .unwrap();
    let error = client.get_current_user().expect_err("401");
    assert!(
        matches!(error, Error::Unauthorized { status: 401, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("credentials"), "{error}");
    assert!(!error.to_string().contains("wrong-token-value"));
    assert!(!format!("{error:?}").contains("wrong-token-value"));
    assert!(!format!("{client:?}").contains("wrong-token-value"));
}

#[test]
fn invalid_arguments_never_reach_the_network() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let refused = [
        client.get_user("").map(|_| ()),
        client.get_customer("   ").map(|_| ()),
        client.get_role("..").map(|_| ()),
        client.delete_user(".").map(|_| ()),
        client
            .create_invitation("not-an-email", &UserRole::User, &InvitationOptions::new())
            .map(|_| ()),
        client
            .create_invitation(
                "a@b.co",
                &UserRole::Other("tls_admin".into()),
                &InvitationOptions::new(),
            )
            .map(|_| ()),
        client
            .update_user(
                "u1",
                &UpdateUserOptions::new().role(UserRole::Other("root".into())),
            )
            .map(|_| ()),
        client
            .create_service_group(" ", &ServiceGroupOptions::default())
            .map(|_| ()),
        client
            .create_user_group("", &UserGroupOptions::default())
            .map(|_| ()),
        client
            .list_roles(&ListOptions::new().per_page(0))
            .map(|_| ()),
    ];
    for (i, result) in refused.into_iter().enumerate() {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "case {i}: {result:?}"
        );
    }
    assert!(
        sandbox.requests().is_empty(),
        "nothing was sent: {:?}",
        sandbox.requests()
    );
    assert!("enginer".parse::<UserRole>().is_err());
    assert_eq!("tls_admin".parse::<UserRole>().unwrap(), UserRole::TlsAdmin);
    assert_eq!("billing".parse::<UserRole>().unwrap(), UserRole::Billing);
}

#[test]
fn server_side_validation_is_bad_request() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let seed = sandbox.seed();
    // The owner is already a member: the sandbox refuses the invitation (JSON:API error shape).
    match client.create_invitation(
        "owner@example.com",
        &UserRole::User,
        &InvitationOptions::new(),
    ) {
        Err(Error::BadRequest {
            status: 400,
            message,
        }) => assert!(!message.is_empty()),
        other => panic!("expected BadRequest, got {other:?}"),
    }
    match client.list_roles(&ListOptions::new().per_page(5000)) {
        Err(Error::BadRequest { .. }) => {}
        other => panic!("expected BadRequest for per_page 5000, got {other:?}"),
    }
    // The seed's cursor lists refuse a cursor they did not issue (the live
    // ones page by number and ignore `cursor`).
    sandbox.set_style(Style::Seed);
    match client.list_roles(&ListOptions::new().cursor("garbage")) {
        Err(Error::BadRequest { .. }) => {}
        other => panic!("expected BadRequest for a bad cursor, got {other:?}"),
    }
    let _ = seed;
}

#[test]
fn user_agent_and_key_sent() {
    let sandbox = sandbox();
    client(&sandbox).get_current_user().unwrap();
    let record = &sandbox.requests()[0];
    assert!(record.fastly_key_present && record.fastly_key_valid);
    let agent = record.user_agent.as_deref().unwrap();
    assert_eq!(
        agent,
        format!("fastly-account/{} (rust)", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(record.accept.as_deref(), Some("application/json"));
}

#[tokio::test]
async fn async_client_runs_every_operation() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = async_client(&sandbox);
    let user_id = &seed.user_ids_by_role["user"][0];

    client.get_current_customer().await.unwrap();
    client.get_customer(&seed.customer_id).await.unwrap();
    client
        .update_customer(&seed.customer_id, &UpdateCustomerOptions::new().name("A"))
        .await
        .unwrap();
    client.get_current_user().await.unwrap();
    client.get_user(user_id).await.unwrap();
    client
        .update_user(user_id, &UpdateUserOptions::new().name("B"))
        .await
        .unwrap();
    client.list_customer_users(&seed.customer_id).await.unwrap();
    client
        .create_invitation(
            "c@example.com",
            &UserRole::Superuser,
            &InvitationOptions::new(),
        )
        .await
        .unwrap();
    client.list_roles(&ListOptions::default()).await.unwrap();
    client.get_role(&seed.role_ids[1]).await.unwrap();
    client
        .list_service_groups(&ListOptions::default())
        .await
        .unwrap();
    client
        .create_service_group("g", &ServiceGroupOptions::default())
        .await
        .unwrap();
    client
        .list_user_groups(&ListOptions::default())
        .await
        .unwrap();
    client
        .create_user_group("h", &UserGroupOptions::default())
        .await
        .unwrap();
    client.delete_user(user_id).await.unwrap();

    let mut roles = client.iter_roles(Some(3));
    let mut count = 0;
    while let Some(_role) = roles.next().await.unwrap() {
        count += 1;
    }
    assert_eq!(count, seed.roles_total);
    let statuses: Vec<u16> = sandbox.requests().iter().map(|r| r.status).collect();
    assert!(
        statuses.iter().all(|s| (200..300).contains(s)),
        "{statuses:?}"
    );
}
