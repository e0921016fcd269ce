//! What the requests send, as Fastly's own definitions say (docs/real-api.md,
//! "Form encoding" and the conformance table), checked end to end against the
//! sandbox, which reads each field the way the definition sends it and
//! refuses other encodings.

mod common;

use common::*;
use fastly_account::{
    CreateUserOptions, Error, InvitationListOptions, InvitationOptions, ListOptions,
    ServiceGroupOptions, UpdateCustomerOptions, UpdateUserOptions,
};

fn roles(names: &[&str]) -> Vec<String> {
    names.iter().map(|r| (*r).to_owned()).collect()
}

#[test]
fn a_role_list_is_one_comma_separated_field() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let user_id = &seed.user_ids_by_role["engineer"][0];

    let wanted = roles(&["role-engineer", "role-billing"]);
    let updated = client
        .update_user(
            user_id,
            &UpdateUserOptions::new()
                .roles(wanted.clone())
                .limit_services(true)
                .locked(false),
        )
        .expect("update user");
    assert_eq!(updated.roles.as_ref(), Some(&wanted));
    assert_eq!(updated.limit_services, Some(true));
    assert_eq!(client.get_user(user_id).unwrap().roles, Some(wanted));

    let mine = client
        .update_current_user(&UpdateUserOptions::new().roles(roles(&["role-superuser"])))
        .expect("update current user");
    assert_eq!(mine.roles, Some(roles(&["role-superuser"])));

    let created = client
        .create_user(
            "two.roles@example.com",
            "Two Roles",
            &CreateUserOptions::new()
                .roles(roles(&["role-user", "role-tls-viewer"]))
                .two_factor_auth_enabled(true)
                .two_factor_setup_required(false),
        )
        .expect("create user");
    assert_eq!(
        created.roles,
        Some(roles(&["role-user", "role-tls-viewer"]))
    );
    assert_eq!(created.two_factor_auth_enabled, Some(true));
    assert_eq!(created.two_factor_setup_required, Some(false));

    // A name holding the separator could not survive the encoding: refused.
    sandbox.clear_requests();
    match client.update_user(user_id, &UpdateUserOptions::new().roles(roles(&["a,b"]))) {
        Err(Error::InvalidArgument { message }) => assert!(message.contains("comma"), "{message}"),
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
    assert!(sandbox.requests().is_empty(), "nothing was sent");
}

#[test]
fn update_user_takes_the_login_and_refuses_a_malformed_one() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let user_id = &seed.user_ids_by_role["billing"][0];

    let moved = client
        .update_user(
            user_id,
            &UpdateUserOptions::new().login("moved.person@example.com"),
        )
        .expect("change login");
    assert_eq!(moved.login.as_deref(), Some("moved.person@example.com"));

    sandbox.clear_requests();
    match client.update_user(user_id, &UpdateUserOptions::new().login("not an email")) {
        Err(Error::InvalidArgument { .. }) => {}
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
    assert!(sandbox.requests().is_empty(), "nothing was sent");
}

#[test]
fn update_customer_sends_the_writable_fields_of_the_definition() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let updated = client
        .update_customer(
            &seed.customer_id,
            &UpdateCustomerOptions::new()
                .billing_network_type("private")
                .billing_ref("PO-42")
                .has_account_panel(true)
                .has_improved_events(false)
                .has_openstack_logging(true)
                .has_pci(true)
                .pricing_plan("enterprise")
                .pricing_plan_id("plan-7"),
        )
        .expect("update customer");
    assert_eq!(updated.billing_network_type.as_deref(), Some("private"));
    assert_eq!(updated.billing_ref.as_deref(), Some("PO-42"));
    assert_eq!(updated.has_account_panel, Some(true));
    assert_eq!(updated.has_improved_events, Some(false));
    assert_eq!(updated.has_openstack_logging, Some(true));
    assert_eq!(updated.has_pci, Some(true));
    assert_eq!(updated.pricing_plan.as_deref(), Some("enterprise"));
    assert_eq!(updated.pricing_plan_id.as_deref(), Some("plan-7"));

    sandbox.clear_requests();
    match client.update_customer(
        &seed.customer_id,
        &UpdateCustomerOptions::new().billing_network_type("shared"),
    ) {
        Err(Error::InvalidArgument { message }) => {
            assert!(message.contains("public, private"), "{message}")
        }
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
    assert!(sandbox.requests().is_empty(), "nothing was sent");
}

#[test]
fn invitations_grant_access_per_service() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let options = InvitationOptions::new()
        .limit_services(true)
        .service_invitation(&seed.service_ids[0], "purge_all")
        .service_invitation(&seed.service_ids[1], "read_only");
    let invitation = client
        .create_invitation(
            "per.service@example.com",
            &fastly_account::UserRole::User,
            &options,
        )
        .expect("invite");
    assert_eq!(
        invitation.service_invitation_ids.map(|ids| ids.len()),
        Some(2),
        "one service invitation per service"
    );

    sandbox.clear_requests();
    let bad = InvitationOptions::new().service_invitation(&seed.service_ids[0], "admin");
    match client.create_invitation("x@example.com", &fastly_account::UserRole::User, &bad) {
        Err(Error::InvalidArgument { message }) => {
            assert!(message.contains("purge_all"), "{message}")
        }
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
    assert!(sandbox.requests().is_empty(), "nothing was sent");

    let unknown = InvitationOptions::new().service_invitation("no-such-service", "full");
    match client.create_invitation("y@example.com", &fastly_account::UserRole::User, &unknown) {
        Err(Error::BadRequest { status: 400, .. }) => {}
        other => panic!("expected BadRequest, got {other:?}"),
    }
}

#[test]
fn a_new_service_group_takes_its_services_as_id_objects() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let services = seed.service_ids[..2].to_vec();
    let group = client
        .create_service_group(
            "Two services",
            &ServiceGroupOptions::new().services(services.clone()),
        )
        .expect("create");
    let id = group.id.expect("an id");
    let listed: Vec<String> = client
        .list_service_group_services(&id, &ListOptions::default())
        .expect("services")
        .data
        .into_iter()
        .filter_map(|s| s.id)
        .collect();
    assert_eq!(listed, services);
}

#[test]
fn pages_say_where_they_are() {
    let sandbox = sandbox();
    let client = client(&sandbox);

    let page = client
        .list_invitations(&InvitationListOptions::new().page_number(2).page_size(3))
        .expect("invitations");
    assert_eq!(page.current_page, Some(2));
    assert_eq!(page.per_page, Some(3));
    assert!(page.total_pages.is_some_and(|pages| pages >= 2), "{page:?}");

    let roles = client
        .list_roles(&ListOptions::new().per_page(2))
        .expect("roles");
    assert_eq!(roles.current_page, Some(1));
    assert_eq!(roles.per_page, Some(2));
    let total = roles.total.expect("a total");
    assert_eq!(roles.total_pages, Some((total + 1) / 2));
}

#[test]
fn an_iam_role_lists_its_permissions_by_name() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let role = client
        .get_iam_role(&seed.role_ids[0], true)
        .expect("role with permissions");
    let names = role.permissions.expect("permissions asked for");
    assert!(!names.is_empty());
    assert!(names.iter().all(|name| !name.is_empty()), "{names:?}");
    let without = client.get_iam_role(&seed.role_ids[0], false).unwrap();
    assert_eq!(without.permissions, None);
}

#[test]
fn a_login_goes_in_the_path_with_only_what_a_segment_needs_escaped() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    client
        .request_password_reset("owner@example.com")
        .expect("reset");
    let paths: Vec<String> = sandbox.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/user/owner%40example.com/password/request_reset"]);
}
