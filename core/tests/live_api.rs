//! The client against the live API's shapes (the sandbox's default style) and
//! the seed's (its `seed` style): one test per defect that the seed's picture
//! of the API hid. Each would fail against the client as it was before.

mod common;

use std::collections::HashSet;

use common::*;
use fastly_account::{
    Error, InvitationOptions, ListOptions, Page, UpdateCustomerOptions, UpdateUserOptions, UserRole,
};
use fastly_sandbox::Style;
use serde_json::json;

const STYLES: [Style; 2] = [Style::Live, Style::Seed];

/// A whole lazy walk: the ids it gave and the pages it fetched.
type Walk<'a> = Box<dyn Fn() -> (Vec<String>, u64) + 'a>;

/// Collects every id by paging by hand with `cursor = next_cursor`.
fn page_by_hand<T>(
    mut list: impl FnMut(&ListOptions) -> fastly_account::Result<Page<T>>,
    id: impl Fn(&T) -> String,
) -> Vec<String> {
    let mut ids = Vec::new();
    let mut options = ListOptions::new().per_page(2);
    loop {
        let page = list(&options).expect("page");
        ids.extend(page.data.iter().map(&id));
        match page.next_cursor {
            Some(next) => options.cursor = Some(next),
            None => return ids,
        }
    }
}

#[test]
fn walks_reach_every_item_in_both_paging_styles() {
    let sandbox = sandbox_with(SandboxConfig {
        roles: 3,
        service_groups: 3,
        user_groups: 3,
        ..SandboxConfig::default()
    });
    let seed = sandbox.seed();
    let client = client(&sandbox);
    for style in STYLES {
        sandbox.set_style(style);
        let lists: [(&str, usize, Walk); 3] = [
            ("/service-groups", seed.service_groups_total, {
                let c = &client;
                Box::new(move || {
                    let mut walk = c.iter_service_groups(Some(2));
                    let ids = walk.by_ref().map(|g| g.unwrap().id.unwrap()).collect();
                    (ids, walk.pages_fetched())
                })
            }),
            ("/user-groups", seed.user_groups_total, {
                let c = &client;
                Box::new(move || {
                    let mut walk = c.iter_user_groups(Some(2));
                    let ids = walk.by_ref().map(|g| g.unwrap().id.unwrap()).collect();
                    (ids, walk.pages_fetched())
                })
            }),
            ("/roles", seed.roles_total, {
                let c = &client;
                Box::new(move || {
                    let mut walk = c.iter_roles(Some(2));
                    let ids = walk.by_ref().map(|r| r.unwrap().id.unwrap()).collect();
                    (ids, walk.pages_fetched())
                })
            }),
        ];
        for (path, total, walk) in lists {
            sandbox.clear_requests();
            let (ids, pages) = walk();
            assert_eq!(ids.len(), total, "{style:?} {path}: every item");
            assert_eq!(
                ids.iter().collect::<HashSet<_>>().len(),
                total,
                "{style:?} {path}: no item twice"
            );
            assert_eq!(pages as usize, total.div_ceil(2), "{style:?} {path}");
            assert_eq!(
                attempts(&sandbox, "GET", path),
                total.div_ceil(2),
                "{style:?} {path}: one request per page"
            );
        }

        let first = client
            .list_user_groups(&ListOptions::new().per_page(2))
            .unwrap();
        assert_eq!(
            first.total,
            Some(seed.user_groups_total as i64),
            "{style:?}"
        );
        let by_hand = page_by_hand(|o| client.list_user_groups(o), |g| g.id.clone().unwrap());
        assert_eq!(by_hand.len(), seed.user_groups_total, "{style:?}");
    }
    // The live style pages by number: the client asked for page 2, 3, ...
    sandbox.set_style(Style::Live);
    sandbox.clear_requests();
    let _ = client.iter_roles(Some(2)).take(3).count();
    let queries: Vec<String> = sandbox
        .requests()
        .into_iter()
        .filter_map(|r| r.query)
        .collect();
    assert!(queries[1].contains("page=2"), "{queries:?}");
}

#[tokio::test]
async fn async_walk_follows_page_numbers() {
    let sandbox = sandbox_with(SandboxConfig {
        service_groups: 4,
        ..SandboxConfig::default()
    });
    let total = sandbox.seed().service_groups_total;
    let client = async_client(&sandbox);
    let mut walk = client.iter_service_groups(Some(3));
    let mut seen = 0;
    while let Some(group) = walk.next().await.unwrap() {
        assert!(group.id.is_some());
        seen += 1;
    }
    assert_eq!(seen, total);
    assert_eq!(walk.pages_fetched() as usize, total.div_ceil(3));
}

#[test]
fn a_cursor_from_the_api_itself_still_works() {
    let sandbox = sandbox();
    sandbox.set_style(Style::Seed);
    let client = client(&sandbox);
    let first = client.list_roles(&ListOptions::new().per_page(1)).unwrap();
    let cursor = first.next_cursor.expect("more roles");
    assert!(!cursor.starts_with("page:"), "the API's own cursor");
    let second = client
        .list_roles(&ListOptions::new().per_page(1).cursor(cursor))
        .unwrap();
    assert_ne!(first.data[0].id, second.data[0].id);
}

#[test]
fn all_six_roles_are_sent_and_unknown_ones_refused() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let user = &seed.user_ids_by_role["user"][0];
    for role in UserRole::KNOWN {
        let updated = client
            .update_user(user, &UpdateUserOptions::new().role(role.clone()))
            .unwrap_or_else(|e| panic!("{role}: {e}"));
        assert_eq!(updated.role.as_ref(), Some(&role));
    }
    for role in [UserRole::TlsViewer, UserRole::TlsAdmin] {
        let email = format!("{}@example.com", role.as_str().replace('_', "-"));
        let invitation = client
            .create_invitation(&email, &role, &InvitationOptions::new())
            .unwrap_or_else(|e| panic!("{role}: {e}"));
        assert_eq!(invitation.role, Some(role));
    }
    sandbox.clear_requests();
    let typo = UserRole::parse_lenient("enginer");
    assert!(matches!(
        client.update_user(user, &UpdateUserOptions::new().role(typo)),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(sandbox.requests().is_empty(), "refused before any request");
}

#[test]
fn invitations_read_the_live_json_api_object_and_send_its_options() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let options = InvitationOptions::new()
        .roles(vec!["engineer".into(), "tls_viewer".into()])
        .limit_services(true)
        .customer_id(seed.customer_id.clone());
    let invitation = client
        .create_invitation("live@example.com", &UserRole::Engineer, &options)
        .expect("invitation");
    assert!(invitation.id.is_some());
    assert_eq!(invitation.email.as_deref(), Some("live@example.com"));
    assert_eq!(
        invitation.roles.as_deref(),
        Some(&["engineer".to_owned(), "tls_viewer".to_owned()][..])
    );
    assert_eq!(invitation.limit_services, Some(true));
    assert!(invitation.status_code.is_some(), "{invitation:?}");
    assert_eq!(invitation.status, None, "the live API sends no status");
    assert_eq!(
        invitation.customer_id.as_deref(),
        Some(seed.customer_id.as_str())
    );
    assert!(invitation.created_at.is_some() && invitation.updated_at.is_some());

    sandbox.set_style(Style::Seed);
    let seed_shaped = client
        .create_invitation(
            "seed@example.com",
            &UserRole::User,
            &InvitationOptions::new(),
        )
        .expect("seed-shaped invitation");
    assert_eq!(seed_shaped.status.as_deref(), Some("pending"));
    assert_eq!(seed_shaped.role, Some(UserRole::User));
}

#[test]
fn documented_fields_are_read_and_unknown_ones_kept() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let customer = client.get_current_customer().unwrap();
    assert!(customer.pricing_plan_id.is_some(), "{customer:?}");
    assert!(customer.force_2fa.is_some() && customer.can_reset_passwords.is_some());
    assert!(customer.has_account_panel.is_some());

    let users = client.list_customer_users(&seed.customer_id).unwrap();
    assert!(users
        .iter()
        .any(|u| u.roles.as_ref().is_some_and(|r| !r.is_empty())));
    assert!(users.iter().all(|u| u.two_factor_setup_required.is_some()));
    assert!(users.iter().any(|u| u.role == Some(UserRole::TlsAdmin)));

    let owner = &seed.owner_user_id;
    sandbox
        .patch(
            "user",
            owner,
            json!({"favourite_colour": "teal", "sso": {"on": true}}),
        )
        .unwrap();
    let me = client.get_current_user().unwrap();
    assert_eq!(me.extra["favourite_colour"], json!("teal"));
    assert_eq!(me.extra["sso"], json!({"on": true}));
}

#[test]
fn one_odd_value_leaves_one_field_empty_and_never_fails_the_response() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let odd = &seed.user_ids_by_role["engineer"][0];
    sandbox
        .patch(
            "user",
            odd,
            json!({
                "created_at": "2022-11-04 18:02:15",
                "updated_at": "",
                "locked": 1,
                "two_factor_auth_enabled": "yes",
                "roles": "engineer",
            }),
        )
        .unwrap();
    let users = client
        .list_customer_users(&seed.customer_id)
        .expect("the whole list still decodes");
    let user = users
        .iter()
        .find(|u| u.id.as_deref() == Some(odd.as_str()))
        .unwrap();
    assert_eq!(user.created_at, None);
    assert_eq!(user.updated_at, None);
    assert_eq!(user.locked, None);
    assert_eq!(user.two_factor_auth_enabled, None);
    assert_eq!(user.roles, None);
    assert_eq!(user.extra["created_at"], json!("2022-11-04 18:02:15"));
    assert_eq!(user.extra["locked"], json!(1));
    assert!(
        user.login.is_some() && user.role.is_some(),
        "other fields intact"
    );

    sandbox
        .patch(
            "customer",
            &seed.customer_id,
            json!({"force_2fa": "0", "created_at": 7}),
        )
        .unwrap();
    let customer = client.get_current_customer().expect("customer decodes");
    assert_eq!((customer.force_2fa, customer.created_at), (None, None));
    assert!(customer.name.is_some());
}

#[test]
fn a_status_error_body_is_an_error_and_empty_updates_are_refused() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let user = &seed.user_ids_by_role["user"][1];
    let path = format!("/user/{user}");
    arm(
        &sandbox,
        "DELETE",
        &path,
        1,
        Fault::Body {
            status: 200,
            body: json!({"status": "error", "msg": "Cannot delete the account owner"}),
            content_type: None,
        },
    );
    match client.delete_user(user) {
        Err(error @ Error::Http { status: 200, .. }) => {
            assert!(error.to_string().contains("Cannot delete"), "{error}");
        }
        other => panic!("expected an error for status error, got {other:?}"),
    }
    client
        .delete_user(user)
        .expect("{\"status\":\"ok\"} is success");

    sandbox.clear_requests();
    let refused = [
        client
            .update_user(&seed.owner_user_id, &UpdateUserOptions::new())
            .map(|_| ()),
        client
            .update_customer(&seed.customer_id, &UpdateCustomerOptions::new())
            .map(|_| ()),
    ];
    for result in refused {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{result:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "no empty PUT was sent");
}

#[test]
fn a_private_ca_is_refused_by_default_and_trusted_through_ca_bundle() {
    let sandbox = sandbox_with(SandboxConfig {
        tls: true,
        ..SandboxConfig::default()
    });
    assert!(sandbox.url().starts_with("https://127.0.0.1:"));
    let dir = std::env::temp_dir().join(format!("fastly-account-ca-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ca = dir.join("sandbox-ca.pem");
    std::fs::write(&ca, sandbox.ca_pem().expect("a CA")).unwrap();

    match client(&sandbox).get_current_user() {
        Err(Error::Connection { message }) => {
            assert!(message.to_lowercase().contains("certificate"), "{message}");
        }
        other => panic!("expected a TLS refusal, got {other:?}"),
    }
    let trusting = builder(&sandbox).ca_bundle(&ca).build_blocking().unwrap();
    let me = trusting
        .get_current_user()
        .expect("trusted through ca_bundle");
    assert!(me.id.is_some());

    let missing = builder(&sandbox)
        .ca_bundle(dir.join("nope.pem"))
        .build_blocking();
    assert!(matches!(missing, Err(Error::InvalidArgument { .. })));
    std::fs::write(dir.join("empty.pem"), "no certificate here").unwrap();
    let empty = builder(&sandbox)
        .ca_bundle(dir.join("empty.pem"))
        .build_blocking();
    assert!(matches!(empty, Err(Error::InvalidArgument { .. })));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A walk whose pages point back to one already given (A -> B -> A) ends
/// with `Decode` at the page that points back (its items are not given: the
/// answer is not trusted) instead of walking for ever.
#[test]
fn a_walk_that_loops_back_to_an_earlier_page_ends_with_decode() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    for (n, next) in [(1, "A"), (2, "B"), (3, "A")] {
        arm(
            &sandbox,
            "GET",
            "/service-groups",
            1,
            Fault::Body {
                status: 200,
                body: json!({
                    "data": [{"id": format!("sg{n}"), "name": format!("group {n}")}],
                    "meta": {"next_cursor": next},
                }),
                content_type: None,
            },
        );
    }
    let mut walk = client.iter_service_groups(None);
    let first: Vec<_> = walk.by_ref().take(2).collect();
    assert!(first.iter().all(Result::is_ok), "{first:?}");
    match walk.next() {
        Some(Err(Error::Decode { message, .. })) => {
            assert!(message.contains("already gave"), "{message}");
        }
        other => panic!("expected the loop to end the walk with Decode, got {other:?}"),
    }
    assert!(walk.next().is_none(), "the walk is over");
    assert_eq!(walk.pages_fetched(), 3);
}
