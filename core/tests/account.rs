//! The Account operations beyond the seed: customers, users, invitations and
//! API tokens, against the sandbox's live-style routes and state.

mod common;

use common::*;
use fastly_account::{
    CreateUserOptions, Error, InvitationListOptions, UpdateCustomerOptions, UpdateUserOptions,
    UserRole,
};

#[test]
fn customer_update_every_field_then_delete() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let owner = seed.owner_user_id.clone();
    let options = UpdateCustomerOptions::new()
        .name("Renamed")
        .billing_contact_id(owner.clone())
        .technical_contact_id(owner.clone())
        .phone_number("+1 555 0100")
        .postal_address("1 Main St")
        .force_2fa(true)
        .force_sso(false)
        .ip_whitelist("192.0.2.0/24");
    let updated = client
        .update_customer(&seed.customer_id, &options)
        .expect("update");
    assert_eq!(updated.name.as_deref(), Some("Renamed"));
    assert_eq!(updated.billing_contact_id.as_deref(), Some(owner.as_str()));
    assert_eq!(updated.phone_number.as_deref(), Some("+1 555 0100"));
    assert_eq!(
        (updated.force_2fa, updated.force_sso),
        (Some(true), Some(false))
    );
    let sent = sandbox
        .requests()
        .into_iter()
        .rfind(|r| r.method == "PUT")
        .unwrap();
    assert_eq!(
        sent.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );

    client.delete_customer(&seed.customer_id).expect("delete");
    assert!(matches!(
        client.get_customer(&seed.customer_id),
        Err(Error::NotFound { status: 404, .. })
    ));
    assert!(matches!(
        client.delete_customer("no-such-customer"),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn users_are_created_updated_and_reset() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let options = CreateUserOptions::new()
        .role(UserRole::TlsViewer)
        .roles(vec!["role-tls-viewer".into(), "role-user".into()])
        .limit_services(true)
        .require_new_password(true);
    let created = client
        .create_user("new.person@example.com", "New Person", &options)
        .expect("create");
    assert_eq!(created.login.as_deref(), Some("new.person@example.com"));
    assert_eq!(created.role, Some(UserRole::TlsViewer));
    assert_eq!(created.roles.as_ref().map(Vec::len), Some(2));
    assert_eq!(created.limit_services, Some(true));
    let listed = client.list_customer_users(&seed.customer_id).unwrap();
    assert!(listed.iter().any(|u| u.id == created.id));
    match client.create_user("new.person@example.com", "Again", &CreateUserOptions::new()) {
        Err(Error::BadRequest { status: 400, .. }) => {}
        other => panic!("a taken login is a BadRequest, got {other:?}"),
    }

    let me = client
        .update_current_user(&UpdateUserOptions::new().name("Owner Renamed").locked(false))
        .expect("update current user");
    assert_eq!(me.name.as_deref(), Some("Owner Renamed"));
    assert_eq!(me.id.as_deref(), Some(seed.owner_user_id.as_str()));

    let login = created.login.clone().unwrap();
    client
        .request_password_reset(&login)
        .expect("password reset");
    assert!(matches!(
        client.request_password_reset("nobody@example.com"),
        Err(Error::NotFound { .. })
    ));

    sandbox.clear_requests();
    let refused = [
        client
            .create_user("not-an-email", "X", &CreateUserOptions::new())
            .map(|_| ()),
        client
            .create_user("a@b.co", " ", &CreateUserOptions::new())
            .map(|_| ()),
        client
            .create_user("a@b.co", "X", &CreateUserOptions::new().roles(vec![]))
            .map(|_| ()),
        client
            .update_current_user(&UpdateUserOptions::new())
            .map(|_| ()),
        client.request_password_reset("").map(|_| ()),
    ];
    for result in refused {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");
}

#[test]
fn invitations_are_listed_lazily_and_cancelled() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let first = client
        .list_invitations(&InvitationListOptions::new().page_size(3))
        .expect("first page");
    assert_eq!(first.data.len(), 3);
    let total = first.total.expect("record_count") as usize;
    assert!(total > 6, "seeded across several pages: {total}");
    assert_eq!(first.next_page_number(), Some(2));
    let second = client
        .list_invitations(&InvitationListOptions::new().page_size(3).page_number(2))
        .unwrap();
    assert_ne!(first.data[0].id, second.data[0].id);

    sandbox.clear_requests();
    let mut walk = client.iter_invitations(Some(3));
    let first_item = walk.next().expect("an item").expect("ok");
    assert!(first_item.email.is_some());
    assert_eq!(
        attempts(&sandbox, "GET", "/invitations"),
        1,
        "one page so far"
    );
    let rest: Vec<_> = walk.by_ref().collect::<Result<_, _>>().unwrap();
    assert_eq!(rest.len() + 1, total);
    assert_eq!(walk.pages_fetched() as usize, total.div_ceil(3));
    assert_eq!(attempts(&sandbox, "GET", "/invitations"), total.div_ceil(3));
    let accepts: Vec<_> = sandbox.requests().into_iter().map(|r| r.accept).collect();
    assert!(accepts
        .iter()
        .all(|a| a.as_deref() == Some("application/vnd.api+json")));

    let gone = first_item.id.unwrap();
    client.delete_invitation(&gone).expect("cancel");
    let left: Vec<_> = client
        .iter_invitations(Some(50))
        .map(|i| i.unwrap().id.unwrap())
        .collect();
    assert_eq!(left.len(), total - 1);
    assert!(!left.contains(&gone));
    assert!(matches!(
        client.delete_invitation(&gone),
        Err(Error::NotFound { status: 404, .. })
    ));
}

#[test]
fn tokens_are_listed_and_revoked() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let mine = client.list_tokens().expect("tokens");
    assert!(!mine.is_empty());
    let all = client
        .list_customer_tokens(&seed.customer_id)
        .expect("customer tokens");
    assert!(all.len() >= mine.len());
    assert!(all
        .iter()
        .any(|t| t.expires_at.is_none() && t.last_used_at.is_none()));
    assert!(all.iter().all(|t| t.scope.is_some()));

    let current = client.get_current_token().expect("self");
    let current_id = current.id.clone().unwrap();
    let others: Vec<String> = all
        .iter()
        .filter_map(|t| t.id.clone())
        .filter(|id| *id != current_id)
        .collect();
    assert!(others.len() >= 3, "{others:?}");
    assert_eq!(
        client.get_token(&others[0]).unwrap().id.as_ref(),
        Some(&others[0])
    );
    assert!(matches!(
        client.get_token("no-such-token"),
        Err(Error::NotFound { .. })
    ));

    client.revoke_token(&others[0]).expect("revoke one");
    client
        .bulk_revoke_tokens(&others[1..3])
        .expect("revoke two at once");
    let bulk = sandbox
        .requests()
        .into_iter()
        .rfind(|r| r.method == "DELETE" && r.path == "/tokens")
        .unwrap();
    assert_eq!(
        bulk.content_type.as_deref(),
        Some("application/vnd.api+json; ext=bulk")
    );
    let left = client.list_customer_tokens(&seed.customer_id).unwrap();
    for revoked in &others[..3] {
        assert!(left.iter().all(|t| t.id.as_ref() != Some(revoked)));
    }

    sandbox.clear_requests();
    for refused in [
        client.bulk_revoke_tokens(&[]),
        client.bulk_revoke_tokens(&[String::new()]),
        client.get_token("self").map(|_| ()),
    ] {
        assert!(
            matches!(refused, Err(Error::InvalidArgument { .. })),
            "{refused:?}"
        );
    }
    assert!(sandbox.requests().is_empty());

    client.revoke_current_token().expect("revoke self");
    assert!(matches!(
        client.get_current_user(),
        Err(Error::Unauthorized { status: 401, .. })
    ));
}

#[tokio::test]
async fn the_async_client_has_them_too() {
    let sandbox = sandbox();
    let client = async_client(&sandbox);
    assert!(client.get_current_token().await.unwrap().id.is_some());
    let mut walk = client.iter_invitations(Some(2));
    let mut seen = 0;
    while walk.next().await.unwrap().is_some() {
        seen += 1;
    }
    let total = client
        .list_invitations(&InvitationListOptions::new())
        .await
        .unwrap()
        .total;
    assert_eq!(Some(seen as i64), total);
}

#[test]
fn update_user_password_checks_the_old_one_and_never_shows_either() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let old = fastly_sandbox::OWNER_PASSWORD;
    let new = "a-new-password-4711";

    let me = client
        .update_user_password(old, new)
        .expect("password change");
    assert_eq!(me.id.as_deref(), Some(seed.owner_user_id.as_str()));
    let sent = sandbox.requests().pop().expect("one request");
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", "/current_user/password")
    );
    assert_eq!(
        sent.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );

    // The old password no longer works: the API refuses the change.
    let refused = client.update_user_password(old, "another-one");
    assert!(
        matches!(refused, Err(Error::BadRequest { status: 400, .. })),
        "{refused:?}"
    );
    let text = format!("{refused:?} {}", refused.as_ref().unwrap_err());
    assert!(
        !text.contains(old) && !text.contains("another-one"),
        "{text}"
    );

    // The async client takes the new one.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let back = runtime.block_on(client.as_async().update_user_password(new, old));
    assert!(back.is_ok(), "{back:?}");

    sandbox.clear_requests();
    for (o, n) in [("", "x"), ("x", ""), ("x", "   ")] {
        let result = client.update_user_password(o, n);
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");
}

#[test]
fn contacts_list_create_delete() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let before = client.list_contacts(&seed.customer_id).expect("list");
    assert_eq!(before.len(), 2, "the sandbox seeds two contacts");
    assert!(before
        .iter()
        .any(|c| c.user_id.as_deref() == Some(&seed.owner_user_id)));

    let options = fastly_account::ContactOptions::new()
        .name("Compliance Office")
        .email("compliance@example.com");
    let created = client
        .create_contact(&seed.customer_id, "general compliance", &options)
        .expect("create");
    assert_eq!(created.contact_type.as_deref(), Some("general compliance"));
    assert_eq!(created.email.as_deref(), Some("compliance@example.com"));
    let id = created.id.clone().expect("an id");
    assert_eq!(client.list_contacts(&seed.customer_id).unwrap().len(), 3);

    // The API refuses a security contact without a phone number.
    let refused = client.create_contact(&seed.customer_id, "security", &options);
    assert!(
        matches!(refused, Err(Error::BadRequest { status: 400, .. })),
        "{refused:?}"
    );

    client
        .delete_contact(&seed.customer_id, &id)
        .expect("delete");
    assert_eq!(client.list_contacts(&seed.customer_id).unwrap().len(), 2);
    let again = client.delete_contact(&seed.customer_id, &id);
    assert!(
        matches!(again, Err(Error::NotFound { status: 404, .. })),
        "{again:?}"
    );

    sandbox.clear_requests();
    for result in [
        client
            .create_contact(&seed.customer_id, "janitor", &options)
            .map(|_| ()),
        client
            .create_contact(
                &seed.customer_id,
                "billing",
                &options.clone().email("not-an-email"),
            )
            .map(|_| ()),
        client.delete_contact(&seed.customer_id, " ").map(|_| ()),
        client.list_contacts("").map(|_| ()),
    ] {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");
}

#[test]
fn customer_addresses_list_create_update() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let seeded = client.list_customer_addresses().expect("list");
    assert_eq!(seeded.len(), 1, "the sandbox seeds a billing address");
    assert_eq!(seeded[0].address_type.as_deref(), Some("billing"));

    let tax = fastly_account::CustomerAddressOptions::new()
        .address_1("2 Side St")
        .locality("Shelbyville")
        .country("US")
        .postal_code("97478");
    let created = client.create_customer_address("tax", &tax).expect("create");
    assert!(created.id.is_some(), "{created:?}");
    let again = client.create_customer_address("tax", &tax);
    assert!(
        matches!(again, Err(Error::BadRequest { status: 400, .. })),
        "{again:?}"
    );

    client
        .update_customer_address(
            "tax",
            &fastly_account::CustomerAddressOptions::new().region("OR"),
        )
        .expect("update");
    let listed = client.list_customer_addresses().unwrap();
    let tax_now = listed
        .iter()
        .find(|a| a.address_type.as_deref() == Some("tax"))
        .unwrap();
    assert_eq!(tax_now.region.as_deref(), Some("OR"));
    assert_eq!(tax_now.locality.as_deref(), Some("Shelbyville"));

    sandbox.clear_requests();
    let empty = fastly_account::CustomerAddressOptions::new();
    for result in [
        client.create_customer_address("shipping", &tax).map(|_| ()),
        client
            .create_customer_address("tax", &tax.clone().country("USA"))
            .map(|_| ()),
        client.update_customer_address("billing", &empty),
    ] {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");
}
