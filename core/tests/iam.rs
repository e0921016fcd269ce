//! The IAM operations beyond the seed: the current roles API, the `/roles`
//! family with its permissions, and the sub-lists of service and user
//! groups, against the sandbox's state rules. Through the async client.

mod common;

use std::collections::HashSet;

use common::*;
use fastly_account::{Error, ListOptions, Page, RoleOptions, UpdateOptions};
use fastly_sandbox::Style;

fn ids<T>(page: &Page<T>, id: impl Fn(&T) -> Option<String>) -> Vec<String> {
    page.data.iter().filter_map(id).collect()
}

#[tokio::test]
async fn current_roles_api_and_the_roles_family_describe_the_same_roles() {
    let sandbox = sandbox();
    let client = async_client(&sandbox);
    let mut v1 = Vec::new();
    let mut walk = client.iter_iam_roles(Some(3));
    while let Some(role) = walk.next().await.unwrap() {
        v1.push(role);
    }
    let total = sandbox.seed().roles_total;
    assert_eq!(v1.len(), total);
    assert_eq!(walk.pages_fetched() as usize, total.div_ceil(3));
    let queries: Vec<String> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.path == "/iam/v1/roles")
        .filter_map(|r| r.query)
        .collect();
    assert!(
        queries.iter().skip(1).all(|q| q.contains("cursor=")),
        "{queries:?}"
    );

    let mut family = HashSet::new();
    let mut roles = client.iter_roles(Some(50));
    while let Some(role) = roles.next().await.unwrap() {
        family.insert((role.id.unwrap(), role.name.unwrap()));
    }
    let current: HashSet<_> = v1
        .iter()
        .map(|r| (r.id.clone().unwrap(), r.name.clone().unwrap()))
        .collect();
    assert_eq!(current, family);

    let engineer = client.get_iam_role("role-engineer", true).await.unwrap();
    let granted = engineer.permissions.expect("permissions included");
    let table = client.list_role_permissions("role-engineer").await.unwrap();
    assert_eq!(granted.len(), table.len());
    let bare = client.get_iam_role("role-engineer", false).await.unwrap();
    assert!(bare.permissions.is_none_or(|p| p.is_empty()));
    assert!(matches!(
        client.get_iam_role("no-such-role", false).await,
        Err(Error::NotFound { status: 404, .. })
    ));
}

#[tokio::test]
async fn roles_are_created_changed_granted_and_deleted() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = async_client(&sandbox);
    let permissions = client.list_permissions().await.unwrap();
    assert!(permissions.len() >= 24);
    let scopes: HashSet<_> = permissions.iter().filter_map(|p| p.scope.clone()).collect();
    assert!(
        scopes.contains("account") && scopes.contains("service"),
        "{scopes:?}"
    );

    let role = client
        .create_role("Deployer 2", &RoleOptions::new().description("ships"))
        .await
        .unwrap();
    let id = role.id.clone().unwrap();
    assert_eq!(role.custom, Some(true));
    let renamed = client
        .update_role(&id, &UpdateOptions::new().name("Releaser"))
        .await
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("Releaser"));
    assert_eq!(
        renamed.description.as_deref(),
        Some("ships"),
        "only name changed"
    );

    let grant: Vec<String> = seed.permission_ids[..3].to_vec();
    client.add_role_permissions(&id, &grant).await.unwrap();
    let granted = client.list_role_permissions(&id).await.unwrap();
    assert_eq!(granted.len(), 3);
    assert_eq!(
        client.get_role(&id).await.unwrap().permissions_count,
        Some(3)
    );
    client
        .remove_role_permissions(&id, &grant[..1])
        .await
        .unwrap();
    assert_eq!(client.list_role_permissions(&id).await.unwrap().len(), 2);
    match client
        .add_role_permissions(&id, &["perm-no-such-thing".to_owned()])
        .await
    {
        Err(Error::BadRequest { status: 400, .. }) | Err(Error::NotFound { .. }) => {}
        other => panic!("an unknown permission is refused, got {other:?}"),
    }

    client.delete_role(&id).await.unwrap();
    assert!(matches!(
        client.get_role(&id).await,
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        client.get_iam_role(&id, false).await,
        Err(Error::NotFound { .. })
    ));

    sandbox.clear_requests();
    for refused in [
        client.add_role_permissions("role-engineer", &[]).await,
        client
            .remove_role_permissions("role-engineer", &[" ".to_owned()])
            .await,
        client
            .update_role("role-engineer", &UpdateOptions::new())
            .await
            .map(|_| ()),
        client
            .create_role(" ", &RoleOptions::new())
            .await
            .map(|_| ()),
    ] {
        assert!(
            matches!(refused, Err(Error::InvalidArgument { .. })),
            "{refused:?}"
        );
    }
    assert!(sandbox.requests().is_empty(), "refused before any request");
}

#[tokio::test]
async fn service_groups_hold_services_and_their_deletion_reaches_user_groups() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = async_client(&sandbox);
    let group = seed.multi_page_service_group_id.clone();
    for style in [Style::Live, Style::Seed] {
        sandbox.set_style(style);
        sandbox.clear_requests();
        let mut walk = client.iter_service_group_services(&group, Some(3));
        let mut seen = Vec::new();
        while let Some(service) = walk.next().await.unwrap() {
            seen.push(service.id.unwrap());
        }
        assert_eq!(seen.len(), 12, "{style:?}");
        assert_eq!(walk.pages_fetched(), 4, "{style:?}");
        assert_eq!(
            sandbox.requests().len(),
            4,
            "{style:?}: one request per page"
        );
    }
    sandbox.set_style(Style::Live);

    let extra = seed.service_ids[seed.service_ids.len() - 1].clone();
    client
        .add_service_group_services(&group, std::slice::from_ref(&extra))
        .await
        .unwrap();
    let after = client.get_service_group(&group).await.unwrap();
    assert_eq!(after.services_count, Some(13));
    client
        .remove_service_group_services(&group, std::slice::from_ref(&extra))
        .await
        .unwrap();
    assert_eq!(
        client
            .get_service_group(&group)
            .await
            .unwrap()
            .services_count,
        Some(12)
    );
    let renamed = client
        .update_service_group(&group, &UpdateOptions::new().description("live traffic"))
        .await
        .unwrap();
    assert_eq!(renamed.description.as_deref(), Some("live traffic"));

    let platform = seed.multi_page_user_group_id.clone();
    let reached = client
        .list_user_group_service_groups(&platform, &ListOptions::new())
        .await
        .unwrap();
    assert!(ids(&reached, |g| g.id.clone()).contains(&group));
    client.delete_service_group(&group).await.unwrap();
    let reached = client
        .list_user_group_service_groups(&platform, &ListOptions::new())
        .await
        .unwrap();
    assert!(!ids(&reached, |g| g.id.clone()).contains(&group));
    assert!(matches!(
        client.get_service_group(&group).await,
        Err(Error::NotFound { status: 404, .. })
    ));
    match client
        .add_service_group_services("sg-staging", &["no-such-service".to_owned()])
        .await
    {
        Err(Error::BadRequest { status: 400, .. }) | Err(Error::NotFound { .. }) => {}
        other => panic!("an unknown service is refused, got {other:?}"),
    }
}

#[tokio::test]
async fn user_group_members_roles_and_service_groups_follow_each_change() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = async_client(&sandbox);
    let group = seed.multi_page_user_group_id.clone();

    sandbox.clear_requests();
    let mut walk = client.iter_user_group_members(&group, Some(3));
    let first = walk.next().await.unwrap().expect("a member");
    assert_eq!(sandbox.requests().len(), 1, "one page so far");
    let mut members = vec![first];
    while let Some(member) = walk.next().await.unwrap() {
        members.push(member);
    }
    assert_eq!(members.len(), 7);
    assert_eq!(sandbox.requests().len(), 3, "one request per page");
    assert!(members
        .iter()
        .any(|m| m.object.as_deref() == Some("invitation") && m.email.is_some()));
    assert!(members
        .iter()
        .any(|m| m.object.as_deref() == Some("user") && m.login.is_some()));

    let before = client
        .get_user_group(&group)
        .await
        .unwrap()
        .users_count
        .unwrap();
    let newcomer = seed.user_ids_by_role["billing"][0].clone();
    let invitation = seed.invitation_ids[1].clone();
    client
        .add_user_group_members(
            &group,
            std::slice::from_ref(&newcomer),
            std::slice::from_ref(&invitation),
        )
        .await
        .unwrap();
    let after = client.get_user_group(&group).await.unwrap();
    assert_eq!(after.users_count, Some(before + 1));
    let page = client
        .list_user_group_members(&group, &ListOptions::new().per_page(100))
        .await
        .unwrap();
    let listed = ids(&page, |m| m.id.clone());
    assert!(listed.contains(&newcomer) && listed.contains(&invitation));
    client
        .remove_user_group_members(&group, std::slice::from_ref(&newcomer), &[])
        .await
        .unwrap();
    assert_eq!(
        client.get_user_group(&group).await.unwrap().users_count,
        Some(before)
    );

    let roles = client
        .list_user_group_roles(&group, &ListOptions::new())
        .await
        .unwrap();
    let role = ids(&roles, |r| r.id.clone())[0].clone();
    client
        .remove_user_group_roles(&group, std::slice::from_ref(&role))
        .await
        .unwrap();
    let roles = client
        .list_user_group_roles(&group, &ListOptions::new())
        .await
        .unwrap();
    assert!(!ids(&roles, |r| r.id.clone()).contains(&role));
    client
        .add_user_group_roles(&group, std::slice::from_ref(&role))
        .await
        .unwrap();
    client
        .add_user_group_service_groups(&group, &["sg-internal-tools".to_owned()])
        .await
        .unwrap();
    let reached = client
        .list_user_group_service_groups(&group, &ListOptions::new())
        .await
        .unwrap();
    assert!(ids(&reached, |g| g.id.clone()).contains(&"sg-internal-tools".to_owned()));

    let renamed = client
        .update_user_group(&group, &UpdateOptions::new().name("Platform"))
        .await
        .unwrap();
    assert_eq!(renamed.name.as_deref(), Some("Platform"));
    match client
        .add_user_group_members(&group, &["no-such-user".to_owned()], &[])
        .await
    {
        Err(Error::BadRequest { status: 400, .. }) | Err(Error::NotFound { .. }) => {}
        other => panic!("an unknown member is refused, got {other:?}"),
    }

    sandbox.clear_requests();
    assert!(matches!(
        client.add_user_group_members(&group, &[], &[]).await,
        Err(Error::InvalidArgument { .. })
    ));
    let mut refused = client.iter_user_group_roles("", None);
    assert!(matches!(
        refused.next().await,
        Err(Error::InvalidArgument { .. })
    ));
    assert!(sandbox.requests().is_empty());

    client.delete_user_group(&group).await.unwrap();
    assert!(matches!(
        client.get_user_group(&group).await,
        Err(Error::NotFound { status: 404, .. })
    ));
}

#[test]
fn the_blocking_client_walks_sub_lists_too() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let group = seed.multi_page_user_group_id.clone();
    let mut members = client.iter_user_group_members(&group, Some(2));
    let all: Vec<_> = members.by_ref().collect::<Result<_, _>>().unwrap();
    assert_eq!(all.len(), 7);
    assert_eq!(members.pages_fetched(), 4);
    let services: Vec<_> = client
        .iter_service_group_services(&seed.multi_page_service_group_id, Some(5))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(services.len(), 12);
    assert!(services.iter().all(|s| s.service_type.is_some()));
    let role = client.get_iam_role("role-billing", true).unwrap();
    assert!(role.permissions.is_some_and(|p| !p.is_empty()));
    assert!(matches!(
        client.iter_user_group_service_groups(" ", None).next(),
        Some(Err(Error::InvalidArgument { .. }))
    ));
}
